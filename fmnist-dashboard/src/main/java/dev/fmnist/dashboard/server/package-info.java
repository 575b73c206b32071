/**
 * {@code fmnist serve}: the JDK's HTTP server bound to 127.0.0.1 unless asked otherwise, answering only the bundled
 * files, {@code /api/data} (with an ETag, for the page's polling) and {@code /api/sprite/...}; every other path,
 * and every path with traversal, encoding or an oversized query or body, is refused before anything is read.
 * Depends on {@code model}, {@code images} and {@code web}.
 */
package dev.fmnist.dashboard.server;
