package dev.fmnist.classic.models.svm;

import java.util.Arrays;

/**
 * LIBSVM's kernel cache: rows of Q (leading parts of them, as long as the solver's active set when they were asked
 * for), least recently used evicted first once a budget of floats is spent. The bookkeeping is LIBSVM's, so that
 * shrinking's index swaps keep the cached rows consistent as there.
 */
final class KernelRowCache {
    private final int head;
    private final float[][] data;
    private final int[] length;
    /** The LRU list: {@code next[head]} is the least recently used row, {@code prev[head]} the most recent. */
    private final int[] prev;
    private final int[] next;
    private long freeFloats;

    /** A cache for {@code l} rows, holding at most {@code budgetFloats} values (at least two full rows). */
    KernelRowCache(int l, long budgetFloats) {
        head = l;
        data = new float[l][];
        length = new int[l];
        prev = new int[l + 1];
        next = new int[l + 1];
        prev[head] = head;
        next[head] = head;
        freeFloats = Math.max(budgetFloats, 2L * l);
    }

    /**
     * Makes row {@code index} hold at least {@code len} values, evicting others as needed, and marks it most recently
     * used. Returns how many leading values are already valid; the caller computes the rest, in {@link #row}.
     */
    int request(int index, int len) {
        if (length[index] > 0) {
            unlink(index);
        }
        int valid = len;
        int more = len - length[index];
        if (more > 0) {
            while (freeFloats < more) {
                drop(next[head]);
            }
            data[index] = data[index] == null ? new float[len] : Arrays.copyOf(data[index], len);
            freeFloats -= more;
            valid = length[index];
            length[index] = len;
        }
        link(index);
        return valid;
    }

    /** The values of row {@code index} (after {@link #request}). */
    float[] row(int index) {
        return data[index];
    }

    /** Follows the solver's exchange of indices {@code i} and {@code j} (rows, and columns of every cached row). */
    void swapIndex(int i, int j) {
        if (i == j) {
            return;
        }
        if (length[i] > 0) {
            unlink(i);
        }
        if (length[j] > 0) {
            unlink(j);
        }
        float[] d = data[i];
        data[i] = data[j];
        data[j] = d;
        int n = length[i];
        length[i] = length[j];
        length[j] = n;
        if (length[i] > 0) {
            link(i);
        }
        if (length[j] > 0) {
            link(j);
        }
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        for (int h = next[head]; h != head; ) {
            int following = next[h];
            if (length[h] > lo) {
                if (length[h] > hi) {
                    float v = data[h][lo];
                    data[h][lo] = data[h][hi];
                    data[h][hi] = v;
                } else {
                    drop(h);
                }
            }
            h = following;
        }
    }

    private void drop(int h) {
        unlink(h);
        freeFloats += length[h];
        data[h] = null;
        length[h] = 0;
    }

    private void unlink(int h) {
        next[prev[h]] = next[h];
        prev[next[h]] = prev[h];
    }

    private void link(int h) {
        next[h] = head;
        prev[h] = prev[head];
        next[prev[h]] = h;
        prev[head] = h;
    }
}
