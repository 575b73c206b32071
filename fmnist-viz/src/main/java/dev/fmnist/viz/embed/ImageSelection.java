package dev.fmnist.viz.embed;

import dev.fmnist.data.Split;
import java.util.ArrayList;
import java.util.List;

/**
 * The images a map is made of: all images of one or more splits of a dataset (train first), or a stratified sample
 * of them, always in dataset order (split by split, index by index).
 */
public final class ImageSelection {
    private final List<Split> splits;
    private final int[] splitOf;
    private final int[] indexOf;

    private ImageSelection(List<Split> splits, int[] splitOf, int[] indexOf) {
        this.splits = List.copyOf(splits);
        this.splitOf = splitOf;
        this.indexOf = indexOf;
    }

    /** Every image of the splits. */
    public static ImageSelection all(List<Split> splits) {
        return sample(splits, total(splits), 0);
    }

    /**
     * A stratified sample of {@code n} images of the splits: each class gets its share of {@code n} (the largest
     * remainders rounded up, lower labels first on ties), its images drawn at random with {@code seed}.
     *
     * @throws IllegalArgumentException when {@code n} is not 1 to the number of images
     */
    public static ImageSelection sample(List<Split> splits, int n, long seed) {
        int total = total(splits);
        if (n < 1 || n > total) {
            throw new IllegalArgumentException("the sample must be 1 to " + total + " images, not " + n);
        }
        int classes = splits.get(0).classCount();
        int[] classSize = new int[classes];
        for (Split s : splits) {
            int[] c = s.labelCounts();
            for (int l = 0; l < classes; l++) {
                classSize[l] += c[l];
            }
        }
        int[] quota = quotas(classSize, n, total);
        boolean[] chosen = new boolean[total];
        int[][] members = new int[classes][];
        int[] fill = new int[classes];
        for (int l = 0; l < classes; l++) {
            members[l] = new int[classSize[l]];
        }
        int at = 0;
        for (Split s : splits) {
            for (int i = 0; i < s.count(); i++, at++) {
                int l = s.label(i);
                members[l][fill[l]++] = at;
            }
        }
        for (int l = 0; l < classes; l++) {
            int[] order = Split.permutation(members[l].length, seed * 31 + l);
            for (int q = 0; q < quota[l]; q++) {
                chosen[members[l][order[q]]] = true;
            }
        }
        int[] splitOf = new int[n];
        int[] indexOf = new int[n];
        int k = 0;
        at = 0;
        for (int s = 0; s < splits.size(); s++) {
            for (int i = 0; i < splits.get(s).count(); i++, at++) {
                if (chosen[at]) {
                    splitOf[k] = s;
                    indexOf[k++] = i;
                }
            }
        }
        return new ImageSelection(splits, splitOf, indexOf);
    }

    private static int[] quotas(int[] classSize, int n, int total) {
        int classes = classSize.length;
        int[] quota = new int[classes];
        double[] remainder = new double[classes];
        int given = 0;
        for (int l = 0; l < classes; l++) {
            double exact = (double) n * classSize[l] / total;
            quota[l] = (int) Math.floor(exact);
            remainder[l] = exact - quota[l];
            given += quota[l];
        }
        List<Integer> order = new ArrayList<>();
        for (int l = 0; l < classes; l++) {
            order.add(l);
        }
        order.sort((a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int r = 0; given < n; r++) {
            int l = order.get(r % classes);
            if (quota[l] < classSize[l]) {
                quota[l]++;
                given++;
            }
        }
        return quota;
    }

    private static int total(List<Split> splits) {
        if (splits.isEmpty()) {
            throw new IllegalArgumentException("no splits to select images from");
        }
        long t = 0;
        for (Split s : splits) {
            t += s.count();
        }
        return (int) t;
    }

    /** The number of images selected. */
    public int count() {
        return indexOf.length;
    }

    /** The index of selected image {@code i} within its split. */
    public int index(int i) {
        return indexOf[i];
    }

    /** The split of selected image {@code i}. */
    public Split split(int i) {
        return splits.get(splitOf[i]);
    }

    /** The label of selected image {@code i}. */
    public int label(int i) {
        return split(i).label(indexOf[i]);
    }

    /** The labels of all selected images. */
    public int[] labels() {
        int[] l = new int[count()];
        for (int i = 0; i < l.length; i++) {
            l[i] = label(i);
        }
        return l;
    }

    /** The class names, in label order. */
    public List<String> labelNames() {
        return splits.get(0).labelNames();
    }

    /** The selected images' pixels, in selection order (a copy). */
    public ImageRows rows() {
        Split first = splits.get(0);
        int d = first.pixelsPerImage();
        byte[] px = new byte[count() * d];
        for (int i = 0; i < count(); i++) {
            System.arraycopy(split(i).images(), indexOf[i] * d, px, i * d, d);
        }
        return new ImageRows(px, count(), d);
    }
}
