package dev.fmnist.viz.chart;

import java.awt.Color;

/**
 * The series colours of every chart: matplotlib's ten "tab10" colours, less its grey (kept for reference marks), then
 * six darker ones, so that up to fifteen families or classes get distinct colours. Beyond that the colours repeat.
 */
public final class Palette {
    private static final Color[] COLOURS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0xbcbd22), new Color(0x17becf), new Color(0x393b79),
        new Color(0x637939), new Color(0x8c6d31), new Color(0x843c39), new Color(0x7b4173), new Color(0x3182bd)
    };

    /** The colour of reference marks (published figures, the Pareto front): not a series colour. */
    public static final Color REFERENCE = new Color(0x303030);

    private Palette() {
    }

    /** The colour of series {@code i}, from 0. */
    public static Color colour(int i) {
        return COLOURS[Math.floorMod(i, COLOURS.length)];
    }

    /** How many distinct colours there are. */
    public static int size() {
        return COLOURS.length;
    }
}
