/**
 * {@code fmnist report}: the page as one self-contained HTML file (styles and scripts inlined, the data in a
 * {@code <script type="application/json">} block, the test images as data: URIs), written atomically.
 * Depends on {@code model}, {@code images} and {@code web}.
 */
package dev.fmnist.dashboard.report;
