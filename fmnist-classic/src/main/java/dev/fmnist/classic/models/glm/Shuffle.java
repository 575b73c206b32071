package dev.fmnist.classic.models.glm;

import java.util.SplittableRandom;

/** LIBLINEAR's per-pass reordering: a uniform random permutation of the first {@code active} indices. */
final class Shuffle {
    private Shuffle() {
    }

    static void firstN(int[] index, int active, SplittableRandom random) {
        for (int i = 0; i < active; i++) {
            swap(index, i, i + random.nextInt(active - i));
        }
    }

    static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** {@code 0, 1, ..., n-1}. */
    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
