package dev.fmnist.viz;

/** How images are drawn as text. */
public enum TerminalStyle {
    /** Upper-half blocks with ANSI 256-colour grayscale: two pixel rows per text line, full resolution. */
    ANSI,
    /** Unicode shading {@code ' ░▒▓█'}, one character per pixel and two pixel rows averaged per line. */
    SHADE,
    /** Plain ASCII ramp {@code " .:-=+*#%@"}, laid out like {@link #SHADE}, for consoles without Unicode. */
    ASCII
}
