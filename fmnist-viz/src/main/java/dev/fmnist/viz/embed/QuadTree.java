package dev.fmnist.viz.embed;

import java.util.Arrays;

/**
 * The Barnes-Hut quadtree of t-SNE's repulsive forces, rebuilt every iteration. Nodes are stored in depth-first
 * order, so that a node's first child follows it and a skip pointer per node jumps over its subtree: the walk for
 * one point is a loop over arrays without a stack. A cell is summarized by its centre of mass when its width is below
 * {@code theta} times the distance to it (scikit-learn's criterion); leaves of up to {@value #LEAF} points (or
 * points that coincide) are summed exactly. A node's numbers lie together (centre of mass, mass, squared distance
 * beyond which it is far, in one array; skip pointer and first leaf point in another), two cache lines per visit.
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
    /** Per node: centre of mass x and y, mass (points), squared distance beyond which the node is far. */
    private double[] shape = new double[0];
    /** Per node: the node after its subtree, and its first point if it is a leaf (else -1). */
    private int[] links = new int[0];
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
        if (2 * node == links.length) {
            grow(2 * node);
        }
        double sx = 0;
        double sy = 0;
        for (int t = from; t < to; t++) {
            sx += px[t];
            sy += py[t];
        }
        int count = to - from;
        shape[4 * node] = sx / count;
        shape[4 * node + 1] = sy / count;
        shape[4 * node + 2] = count;
        double width = 2 * half;
        shape[4 * node + 3] = width * width / theta2;
        if (count <= LEAF || depth >= MAX_DEPTH) {
            links[2 * node + 1] = from;
        } else {
            links[2 * node + 1] = -1;
            int midY = partition(from, to, false, cy);
            int lowLeft = partition(from, midY, true, cx);
            int highLeft = partition(midY, to, true, cx);
            double h = half / 2;
            child(from, lowLeft, cx - h, cy - h, h, depth);
            child(lowLeft, midY, cx + h, cy - h, h, depth);
            child(midY, highLeft, cx - h, cy + h, h, depth);
            child(highLeft, to, cx + h, cy + h, h, depth);
        }
        links[2 * node] = nodes;
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
            int from = links[2 * node + 1];
            if (from >= 0) {
                int to = from + (int) shape[4 * node + 2];
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
                node = links[2 * node];
            } else {
                double dx = xi - shape[4 * node];
                double dy = yi - shape[4 * node + 1];
                double d2 = dx * dx + dy * dy;
                if (d2 > shape[4 * node + 3]) {
                    double q = 1 / (1 + d2);
                    double mq = shape[4 * node + 2] * q;
                    z += mq;
                    double mq2 = mq * q;
                    fx += mq2 * dx;
                    fy += mq2 * dy;
                    node = links[2 * node];
                } else {
                    node++;
                }
            }
        }
        force[0] += fx;
        force[1] += fy;
        return z;
    }

    /** Room for {@code size} nodes. */
    private void grow(int size) {
        shape = Arrays.copyOf(shape, 4 * size);
        links = Arrays.copyOf(links, 2 * size);
    }
}
