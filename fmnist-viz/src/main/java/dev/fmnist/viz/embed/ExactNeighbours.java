package dev.fmnist.viz.embed;

import dev.fmnist.data.progress.Progress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The exact {@code k} nearest neighbours of every point among all the others, by blocks of float dot products
 * ({@code |a|^2 + |b|^2 - 2 a.b}, candidates held feature by feature so that the inner loop runs over one array
 * from index 0, which the JIT vectorizes), then their distances measured directly. Ties go to the smaller index.
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
        int[] index = new int[n * k];
        float[] distance = new float[n * k];
        int tasks = (n + QUERIES_PER_TASK - 1) / QUERIES_PER_TASK;
        AtomicInteger done = new AtomicInteger();
        workers.run(tasks, t -> {
            float[] dots = new float[BLOCK];
            float[] q = new float[m + 3];
            Heap heap = new Heap(k);
            for (int i = t * QUERIES_PER_TASK; i < Math.min(n, (t + 1) * QUERIES_PER_TASK); i++) {
                System.arraycopy(v, i * m, q, 0, m);
                heap.clear();
                for (int b = 0; b < blocks; b++) {
                    dotsWithBlock(q, m, columns[b], dots);
                    int first = b * BLOCK;
                    int size = Math.min(BLOCK, n - first);
                    float worst = heap.worst();
                    for (int c = 0; c < size; c++) {
                        float d2 = norms[first + c] - 2 * dots[c];
                        if (d2 <= worst && first + c != i) {
                            heap.offer(d2, first + c);
                            worst = heap.worst();
                        }
                    }
                }
                heap.drainSorted(x, i, index, distance, i * k);
            }
            progress.update(done.addAndGet(Math.min(n, (t + 1) * QUERIES_PER_TASK) - t * QUERIES_PER_TASK),
                    "neighbours");
        });
        return new NeighbourGraph(n, k, index, distance);
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

    /**
     * The {@code k} best candidates by {@code |b|^2 - 2 a.b} (the query's own norm is the same for all), a max-heap
     * with the worst at the root; ties broken by the smaller index.
     */
    private static final class Heap {
        private final float[] key;
        private final int[] item;
        private int size;

        Heap(int k) {
            key = new float[k];
            item = new int[k];
        }

        void clear() {
            size = 0;
        }

        float worst() {
            return size < key.length ? Float.POSITIVE_INFINITY : key[0];
        }

        void offer(float d2, int j) {
            if (size < key.length) {
                int c = size++;
                while (c > 0 && after(d2, j, (c - 1) / 2)) {
                    key[c] = key[(c - 1) / 2];
                    item[c] = item[(c - 1) / 2];
                    c = (c - 1) / 2;
                }
                key[c] = d2;
                item[c] = j;
            } else if (!after(d2, j, 0)) {
                siftDown(d2, j);
            }
        }

        /** Whether (d2, j) comes after the entry at {@code at}. */
        private boolean after(float d2, int j, int at) {
            return d2 > key[at] || (d2 == key[at] && j > item[at]);
        }

        private void siftDown(float d2, int j) {
            int c = 0;
            while (true) {
                int l = 2 * c + 1;
                if (l >= size) {
                    break;
                }
                int r = l + 1;
                int big = r < size && (key[r] > key[l] || (key[r] == key[l] && item[r] > item[l])) ? r : l;
                if (!(key[big] > d2 || (key[big] == d2 && item[big] > j))) {
                    break;
                }
                key[c] = key[big];
                item[c] = item[big];
                c = big;
            }
            key[c] = d2;
            item[c] = j;
        }

        /** Writes the neighbours nearest first, with their distances measured directly. */
        void drainSorted(Features x, int query, int[] index, float[] distance, int at) {
            float[] exact = new float[size];
            int[] order = new int[size];
            for (int e = 0; e < size; e++) {
                exact[e] = x.distance2(query, item[e]);
                order[e] = e;
            }
            for (int a = 1; a < size; a++) {
                int o = order[a];
                int b = a - 1;
                while (b >= 0 && (exact[order[b]] > exact[o] || (exact[order[b]] == exact[o] && item[order[b]] > item[o]))) {
                    order[b + 1] = order[b];
                    b--;
                }
                order[b + 1] = o;
            }
            for (int e = 0; e < size; e++) {
                index[at + e] = item[order[e]];
                distance[at + e] = (float) Math.sqrt(exact[order[e]]);
            }
        }
    }
}
