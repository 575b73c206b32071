package dev.fmnist.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * One split of a dataset (train, test, or a subset of one): images as one contiguous unsigned-byte array of
 * {@code count x rows x cols} pixels, labels as one byte per image. Floats are produced on demand, a batch at a
 * time; the whole split is never widened behind the caller's back.
 */
public final class Split {
    private final String name;
    private final byte[] images;
    private final byte[] labels;
    private final int rows;
    private final int cols;
    private final List<String> labelNames;
    private double[] meanStd;

    /**
     * @param name       for example {@code train}, {@code test}, {@code validation}
     * @param images     {@code count x rows x cols} pixels, row-major (held, not copied)
     * @param labels     one label per image (held, not copied)
     * @param labelNames the class names in label order
     */
    public Split(String name, byte[] images, byte[] labels, int rows, int cols, List<String> labelNames) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("image size must be positive, not " + rows + "x" + cols);
        }
        if ((long) labels.length * rows * cols != images.length) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s: %,d labels but %,d pixels, which is not %,d images of %dx%d",
                    name, labels.length, images.length, labels.length, rows, cols));
        }
        int classes = labelNames.size();
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= classes) {
                throw new IllegalArgumentException(name + ": label " + (labels[i] & 0xFF) + " of image " + i
                        + " is outside 0.." + (classes - 1));
            }
        }
        this.name = name;
        this.images = images;
        this.labels = labels;
        this.rows = rows;
        this.cols = cols;
        this.labelNames = List.copyOf(labelNames);
    }

    public String name() {
        return name;
    }

    /** Number of images. */
    public int count() {
        return labels.length;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Pixels per image ({@code rows x cols}, 784 for the MNIST family). */
    public int pixelsPerImage() {
        return rows * cols;
    }

    /** The backing pixel array, {@code count x rows x cols} unsigned bytes (not a copy: do not modify). */
    public byte[] images() {
        return images;
    }

    /** The backing label array, one byte per image (not a copy: do not modify). */
    public byte[] labels() {
        return labels;
    }

    /** The label of image {@code i}. */
    public int label(int i) {
        return labels[i] & 0xFF;
    }

    /** The class name of image {@code i}'s label. */
    public String labelName(int i) {
        return labelNames.get(label(i));
    }

    /** The class names in label order. */
    public List<String> labelNames() {
        return labelNames;
    }

    /** Number of classes. */
    public int classCount() {
        return labelNames.size();
    }

    /** A view of image {@code i} (no copy). */
    public Image image(int i) {
        if (i < 0 || i >= count()) {
            throw new IndexOutOfBoundsException("image " + i + " outside 0.." + (count() - 1) + " of " + name);
        }
        return new Image(images, i * pixelsPerImage(), rows, cols, label(i));
    }

    /** Number of images of each label. */
    public int[] labelCounts() {
        int[] counts = new int[classCount()];
        for (byte l : labels) {
            counts[l & 0xFF]++;
        }
        return counts;
    }

    /** For each label, the indexes of its images in ascending order. */
    public int[][] classIndex() {
        int[] counts = labelCounts();
        int[][] index = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            index[c] = new int[counts[c]];
        }
        int[] fill = new int[counts.length];
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i] & 0xFF;
            index[c][fill[c]++] = i;
        }
        return index;
    }

    /** Mean of all raw pixel values (0..255). */
    public double pixelMean() {
        return meanStd()[0];
    }

    /** Population standard deviation of all raw pixel values (0..255). */
    public double pixelStd() {
        return meanStd()[1];
    }

    private double[] meanStd() {
        if (meanStd == null) {
            long[] histogram = histogram(images);
            double n = images.length;
            double sum = 0;
            double sumSq = 0;
            for (int v = 0; v < 256; v++) {
                sum += (double) v * histogram[v];
                sumSq += (double) v * v * histogram[v];
            }
            double mean = n == 0 ? 0 : sum / n;
            double var = n == 0 ? 0 : Math.max(0, sumSq / n - mean * mean);
            meanStd = new double[] {mean, Math.sqrt(var)};
        }
        return meanStd;
    }

    /**
     * How many times each byte value occurs. Four partial histograms, so that runs of equal pixels (the black
     * background) do not make each increment wait for the previous one: about twice as fast as one.
     */
    private static long[] histogram(byte[] data) {
        int[][] partial = new int[4][256];
        int[] h0 = partial[0];
        int[] h1 = partial[1];
        int[] h2 = partial[2];
        int[] h3 = partial[3];
        int i = 0;
        for (int end = data.length & ~3; i < end; i += 4) {
            h0[data[i] & 0xFF]++;
            h1[data[i + 1] & 0xFF]++;
            h2[data[i + 2] & 0xFF]++;
            h3[data[i + 3] & 0xFF]++;
        }
        for (; i < data.length; i++) {
            h0[data[i] & 0xFF]++;
        }
        long[] histogram = new long[256];
        for (int v = 0; v < 256; v++) {
            histogram[v] = (long) h0[v] + h1[v] + h2[v] + h3[v];
        }
        return histogram;
    }

    /** A random permutation of {@code 0..count-1}, the same for the same seed. */
    public int[] shuffledIndexes(long seed) {
        return permutation(count(), seed);
    }

    /** A random permutation of {@code 0..n-1} (Fisher-Yates over {@link SplittableRandom}), the same for the same seed. */
    public static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        shuffle(p, new SplittableRandom(seed));
        return p;
    }

    /** A new split of the images at {@code indexes}, in that order (pixels and labels are copied). */
    public Split subset(String subsetName, int[] indexes) {
        int ppi = pixelsPerImage();
        byte[] img = new byte[indexes.length * ppi];
        byte[] lab = new byte[indexes.length];
        for (int k = 0; k < indexes.length; k++) {
            int i = indexes[k];
            if (i < 0 || i >= count()) {
                throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (count() - 1) + " of " + name);
            }
            System.arraycopy(images, i * ppi, img, k * ppi, ppi);
            lab[k] = labels[i];
        }
        return new Split(subsetName, img, lab, rows, cols, labelNames);
    }

    /** This split with its images in a seeded random order. */
    public Split shuffled(long seed) {
        return subset(name, shuffledIndexes(seed));
    }

    /** The first {@code n} images (or all, if there are fewer). */
    public Split head(int n) {
        int[] idx = new int[Math.min(n, count())];
        Arrays.setAll(idx, i -> i);
        return subset(name, idx);
    }

    /**
     * A stratified train/validation split: from each class, a seeded random {@code validationFraction} of its images
     * goes to validation, the rest to train; both keep a shuffled order.
     */
    public TrainValidation stratifiedSplit(double validationFraction, long seed) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be between 0 and 1 (exclusive), not "
                    + validationFraction);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] byClass = classIndex();
        int[] train = new int[count()];
        int[] validation = new int[count()];
        int nt = 0;
        int nv = 0;
        for (int[] members : byClass) {
            int[] m = members.clone();
            shuffle(m, rnd);
            int v = (int) Math.round(m.length * validationFraction);
            System.arraycopy(m, 0, validation, nv, v);
            System.arraycopy(m, v, train, nt, m.length - v);
            nv += v;
            nt += m.length - v;
        }
        int[] t = Arrays.copyOf(train, nt);
        int[] va = Arrays.copyOf(validation, nv);
        shuffle(t, rnd);
        shuffle(va, rnd);
        return new TrainValidation(subset("train", t), subset("validation", va));
    }

    /**
     * Converts the images at {@code indexes[from..to)} into floats, one image after another, into
     * {@code out[outOffset..]}. This is the hot path for building batches.
     */
    public void floats(int[] indexes, int from, int to, Normalization normalization, float[] out, int outOffset) {
        int ppi = pixelsPerImage();
        for (int k = from; k < to; k++) {
            normalization.convert(images, indexes[k] * ppi, out, outOffset + (k - from) * ppi, ppi);
        }
    }

    /** The images at {@code indexes} as floats, {@code indexes.length x rows x cols}. */
    public float[] floats(int[] indexes, Normalization normalization) {
        float[] out = new float[indexes.length * pixelsPerImage()];
        floats(indexes, 0, indexes.length, normalization, out, 0);
        return out;
    }

    /** Images {@code from..to-1} as floats. */
    public float[] floats(int from, int to, Normalization normalization) {
        if (from < 0 || to > count() || from > to) {
            throw new IndexOutOfBoundsException("images " + from + ".." + (to - 1) + " outside 0.." + (count() - 1)
                    + " of " + name);
        }
        float[] out = new float[(to - from) * pixelsPerImage()];
        normalization.convert(images, from * pixelsPerImage(), out, 0, out.length);
        return out;
    }

    /** Batches of {@code size} images in order (the last may be smaller). */
    public Iterable<Batch> batches(int size) {
        int[] idx = new int[count()];
        Arrays.setAll(idx, i -> i);
        return batches(size, idx);
    }

    /** Batches of {@code size} images in a seeded random order (the last may be smaller). */
    public Iterable<Batch> batches(int size, long seed) {
        return batches(size, shuffledIndexes(seed));
    }

    private Iterable<Batch> batches(int size, int[] order) {
        if (size <= 0) {
            throw new IllegalArgumentException("batch size must be positive, not " + size);
        }
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < order.length;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int end = Math.min(order.length, next + size);
                Batch b = new Batch(Split.this, Arrays.copyOfRange(order, next, end));
                next = end;
                return b;
            }
        };
    }

    /** All batches of a seeded epoch as a list. */
    public List<Batch> batchList(int size, long seed) {
        List<Batch> list = new ArrayList<>();
        batches(size, seed).forEach(list::add);
        return list;
    }

    private static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: %,d images of %dx%d", name, count(), rows, cols);
    }
}
