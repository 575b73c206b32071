package dev.fmnist.viz.embed;

import dev.fmnist.data.progress.Progress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The exact {@code k} nearest neighbours of every point among all the others, by blocks of float dot products
 * ({@code |a|^2 + |b|^2 - 2 a.b}, candidates held feature by feature so that the inner loop runs over one array
 * from index 0, which the JIT vectorizes), then their distances measured directly, nearest first.
 */
final class ExactNeighbours {
    private static final int BLOCK = 512;
    private static final int QUERIES_PER_TASK = 64;

    private ExactNeighbours() {
    }

    static NeighbourGraph search(Features x, int k, Workers workers, Progress progress) {
        int n = x.count();
        int m = x.dim();
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be 1 to " + (n - 1) + ", not " + k);
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        float[][][] columns = new float[blocks][m][BLOCK];
        float[] norms = new float[n];
        float[] v = x.values();
        for (int i = 0; i < n; i++) {
            float s = 0;
            for (int f = 0; f < m; f++) {
                float a = v[i * m + f];
                columns[i / BLOCK][f][i % BLOCK] = a;
                s += a * a;
            }
            norms[i] = s;
        }
        NeighbourHeaps heaps = new NeighbourHeaps(n, k);
        int tasks = (n + QUERIES_PER_TASK - 1) / QUERIES_PER_TASK;
        AtomicInteger done = new AtomicInteger();
        workers.run(tasks, t -> {
            float[] dots = new float[BLOCK];
            float[] q = new float[m];
            int last = Math.min(n, (t + 1) * QUERIES_PER_TASK);
            for (int i = t * QUERIES_PER_TASK; i < last; i++) {
                System.arraycopy(v, i * m, q, 0, m);
                for (int b = 0; b < blocks; b++) {
                    dotsWithBlock(q, m, columns[b], dots);
                    int first = b * BLOCK;
                    int size = Math.min(BLOCK, n - first);
                    float worst = heaps.worst(i);
                    for (int c = 0; c < size; c++) {
                        // |q - x|^2 less the query's own |q|^2, the same for all candidates
                        float key = norms[first + c] - 2 * dots[c];
                        if (key < worst && first + c != i) {
                            heaps.push(i, first + c, key);
                            worst = heaps.worst(i);
                        }
                    }
                }
                for (int e = i * k; e < (i + 1) * k; e++) {
                    heaps.dist[e] = x.distance2(i, heaps.index[e]);
                }
            }
            progress.update(done.addAndGet(last - t * QUERIES_PER_TASK), "neighbours");
        });
        return heaps.sorted(n);
    }

    /** {@code dots[c] = q . column c} of a block, four features at a time. */
    private static void dotsWithBlock(float[] q, int m, float[][] block, float[] dots) {
        java.util.Arrays.fill(dots, 0);
        int f = 0;
        for (; f + 4 <= m; f += 4) {
            float a0 = q[f];
            float a1 = q[f + 1];
            float a2 = q[f + 2];
            float a3 = q[f + 3];
            float[] r0 = block[f];
            float[] r1 = block[f + 1];
            float[] r2 = block[f + 2];
            float[] r3 = block[f + 3];
            for (int c = 0; c < BLOCK; c++) {
                dots[c] += a0 * r0[c] + a1 * r1[c] + a2 * r2[c] + a3 * r3[c];
            }
        }
        for (; f < m; f++) {
            float a0 = q[f];
            float[] r0 = block[f];
            for (int c = 0; c < BLOCK; c++) {
                dots[c] += a0 * r0[c];
            }
        }
    }
}
