/**
 * The results dashboard: {@link dev.fmnist.dashboard.Dashboard} opens it as a local web server or writes it as one
 * self-contained HTML report. The packages below, bottom to top: {@code model} (what the page shows, read from
 * results, model and embedding files), {@code images} (dataset images as sprite pages), {@code web} (the bundled
 * page: HTML, CSS, scripts), {@code server} and {@code report} (the two ways to open it; neither depends on the
 * other). Depends on fmnist-data, fmnist-classic, fmnist-viz and Jackson; nothing here depends on fmnist-cli.
 */
package dev.fmnist.dashboard;
