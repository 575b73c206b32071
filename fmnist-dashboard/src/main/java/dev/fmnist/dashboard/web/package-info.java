/**
 * The page's bundled files (index.html, style.css, the scripts listed in {@code web/manifest.txt} and Apache
 * ECharts from its webjar), looked up by name in a fixed set: no request path ever becomes a file path.
 */
package dev.fmnist.dashboard.web;
