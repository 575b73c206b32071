package dev.fmnist.viz.embed;

import java.util.Arrays;

/**
 * The Barnes-Hut quadtree of t-SNE's repulsive forces, rebuilt every iteration. Nodes are stored in depth-first
 * order, so that a node's first child follows it and {@code next[node]} skips its subtree: the walk for one point is
 * a loop over arrays without a stack. A cell is summarized by its centre of mass when its width is below
 * {@code theta} times the distance to it (scikit-learn's criterion); leaves of up to {@value #LEAF} points (or
 * points that coincide) are summed exactly.
 */
final class QuadTree {
    private static final int LEAF = 4;
    private static final int MAX_DEPTH = 48;

    private final int n;
    private final double theta2;
    /** Tree position to point, and the points' coordinates in tree order. */
    private final int[] order;
    private final double[] px;
    private final double[] py;
    private double[] comX = new double[0];
    private double[] comY = new double[0];
    private double[] mass = new double[0];
    private double[] far2 = new double[0];
    private int[] next = new int[0];
    private int[] leafFrom = new int[0];
    private int[] leafTo = new int[0];
    private int nodes;

    QuadTree(int n, double theta) {
        this.n = n;
        this.theta2 = theta * theta;
        this.order = new int[n];
        Arrays.setAll(order, i -> i);
        this.px = new double[n];
        this.py = new double[n];
        grow(Math.max(16, 2 * n));
    }

    /** The point at tree position {@code t}. */
    int point(int t) {
        return order[t];
    }

    /** Rebuilds the tree over the positions {@code y} ({@code y[2 i]}, {@code y[2 i + 1]}). */
    void build(double[] y) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < n; t++) {
            int i = order[t];
            px[t] = y[2 * i];
            py[t] = y[2 * i + 1];
            minX = Math.min(minX, px[t]);
            maxX = Math.max(maxX, px[t]);
            minY = Math.min(minY, py[t]);
            maxY = Math.max(maxY, py[t]);
        }
        double half = Math.max(maxX - minX, maxY - minY) / 2 * (1 + 1e-9) + Double.MIN_NORMAL;
        nodes = 0;
        build(0, n, (minX + maxX) / 2, (minY + maxY) / 2, half, 0);
    }

    private void build(int from, int to, double cx, double cy, double half, int depth) {
        int node = nodes++;
        if (node == next.length) {
            grow(2 * next.length);
        }
        double sx = 0;
        double sy = 0;
        for (int t = from; t < to; t++) {
            sx += px[t];
            sy += py[t];
        }
        int count = to - from;
        comX[node] = sx / count;
        comY[node] = sy / count;
        mass[node] = count;
        double width = 2 * half;
        far2[node] = width * width / theta2;
        if (count <= LEAF || depth >= MAX_DEPTH) {
            leafFrom[node] = from;
            leafTo[node] = to;
        } else {
            leafFrom[node] = -1;
            int midY = partition(from, to, false, cy);
            int lowLeft = partition(from, midY, true, cx);
            int highLeft = partition(midY, to, true, cx);
            double h = half / 2;
            child(from, lowLeft, cx - h, cy - h, h, depth);
            child(lowLeft, midY, cx + h, cy - h, h, depth);
            child(midY, highLeft, cx - h, cy + h, h, depth);
            child(highLeft, to, cx + h, cy + h, h, depth);
        }
        next[node] = nodes;
    }

    private void child(int from, int to, double cx, double cy, double half, int depth) {
        if (to > from) {
            build(from, to, cx, cy, half, depth + 1);
        }
    }

    /** Moves the points of {@code from..to-1} below {@code split} (in x or y) first; returns where the rest start. */
    private int partition(int from, int to, boolean byX, double split) {
        double[] c = byX ? px : py;
        int a = from;
        int b = to - 1;
        while (a <= b) {
            if (c[a] < split) {
                a++;
            } else {
                swap(a, b--);
            }
        }
        return a;
    }

    private void swap(int a, int b) {
        int o = order[a];
        order[a] = order[b];
        order[b] = o;
        double x = px[a];
        px[a] = px[b];
        px[b] = x;
        double y = py[a];
        py[a] = py[b];
        py[b] = y;
    }

    /**
     * The repulsion on the point at tree position {@code t}: adds {@code sum q^2 (y_t - y_j)} to {@code force[0..1]}
     * and returns {@code sum q} over all other points, where {@code q = 1 / (1 + |y_t - y_j|^2)}.
     */
    double repulsion(int t, double[] force) {
        double xi = px[t];
        double yi = py[t];
        double fx = 0;
        double fy = 0;
        double z = 0;
        int node = 0;
        while (node < nodes) {
            int from = leafFrom[node];
            if (from >= 0) {
                int to = leafTo[node];
                for (int s = from; s < to; s++) {
                    if (s != t) {
                        double dx = xi - px[s];
                        double dy = yi - py[s];
                        double q = 1 / (1 + dx * dx + dy * dy);
                        z += q;
                        double q2 = q * q;
                        fx += q2 * dx;
                        fy += q2 * dy;
                    }
                }
                node = next[node];
            } else {
                double dx = xi - comX[node];
                double dy = yi - comY[node];
                double d2 = dx * dx + dy * dy;
                if (d2 > far2[node]) {
                    double q = 1 / (1 + d2);
                    double mq = mass[node] * q;
                    z += mq;
                    double mq2 = mq * q;
                    fx += mq2 * dx;
                    fy += mq2 * dy;
                    node = next[node];
                } else {
                    node++;
                }
            }
        }
        force[0] += fx;
        force[1] += fy;
        return z;
    }

    private void grow(int size) {
        comX = Arrays.copyOf(comX, size);
        comY = Arrays.copyOf(comY, size);
        mass = Arrays.copyOf(mass, size);
        far2 = Arrays.copyOf(far2, size);
        next = Arrays.copyOf(next, size);
        leafFrom = Arrays.copyOf(leafFrom, size);
        leafTo = Arrays.copyOf(leafTo, size);
    }
}
