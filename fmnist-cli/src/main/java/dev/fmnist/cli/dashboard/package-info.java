/**
 * {@code fmnist serve} and {@code fmnist report}: the command line of fmnist-dashboard, with the options the two
 * share ({@link DashboardOptions}).
 */
package dev.fmnist.cli.dashboard;
