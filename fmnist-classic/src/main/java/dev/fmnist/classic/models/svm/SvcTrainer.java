package dev.fmnist.classic.models.svm;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.estimator.Predictor;
import dev.fmnist.estimator.Trainer;
import dev.fmnist.classic.models.Parallel;
import dev.fmnist.data.progress.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fits a C-SVC one-vs-one, as LIBSVM's {@code svm_train}: one binary problem per pair of classes present (class
 * {@code i}'s rows labelled +1, then class {@code j}'s labelled -1, each class's rows in their original order),
 * solved by {@link SmoSolver} with shrinking; the problems run in parallel on the threads given.
 */
final class SvcTrainer implements Trainer {
    /** The kernel caches' budget, shared by the binary problems solved at the same time. */
    static final long CACHE_BYTES = 1L << 30;

    private final Kernel.Type kernelType;
    private final GammaRule gamma;
    private final int degree;
    private final double coef0;
    private final double c;
    private final double tol;

    /** How gamma is chosen: scikit-learn's {@code scale} or {@code auto}, or a fixed value. */
    record GammaRule(String rule, double value) {
        double of(FeatureMatrix x) {
            return switch (rule) {
                case "scale" -> {
                    double variance = variance(x);
                    yield variance == 0 ? 1.0 : 1.0 / (x.cols() * variance);
                }
                case "auto" -> 1.0 / x.cols();
                default -> value;
            };
        }
    }

    SvcTrainer(Kernel.Type kernelType, GammaRule gamma, int degree, double coef0, double c, double tol) {
        this.kernelType = kernelType;
        this.gamma = gamma;
        this.degree = degree;
        this.coef0 = coef0;
        this.c = c;
        this.tol = tol;
    }

    @Override
    public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
        List<int[]> members = new ArrayList<>();
        List<Integer> present = new ArrayList<>();
        for (int label = 0; label < classes; label++) {
            int[] rows = rowsOf(y, label);
            if (rows.length > 0) {
                members.add(rows);
                present.add(label);
            }
        }
        int k = present.size();
        if (k < 2) {
            throw new IllegalArgumentException("SVC needs at least two classes in the training labels, got "
                    + (k == 0 ? "none" : "only class " + present.get(0)));
        }
        Kernel kernel = new Kernel(kernelType, gamma.of(x), degree, coef0);
        int pairs = k * (k - 1) / 2;
        int[] first = new int[pairs];
        int[] second = new int[pairs];
        for (int i = 0, p = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++, p++) {
                first[p] = i;
                second[p] = j;
            }
        }
        long cacheFloats = CACHE_BYTES / Float.BYTES / Math.max(1, Math.min(threads, pairs));
        double[] rho = new double[pairs];
        double[] coefficients = new double[x.rows() * k];
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(pairs, threads, p -> {
            int[] a = members.get(first[p]);
            int[] b = members.get(second[p]);
            int[] index = new int[a.length + b.length];
            System.arraycopy(a, 0, index, 0, a.length);
            System.arraycopy(b, 0, index, a.length, b.length);
            byte[] signs = new byte[index.length];
            for (int t = 0; t < index.length; t++) {
                signs[t] = (byte) (t < a.length ? 1 : -1);
            }
            BinaryKernelMatrix q = new BinaryKernelMatrix(x, index, signs, kernel, cacheFloats);
            SmoSolver.Solution s = SmoSolver.solve(q, signs, c, tol, true);
            rho[p] = s.rho();
            int supports = 0;
            for (int t = 0; t < index.length; t++) {
                if (s.alpha()[t] > 0) {
                    coefficients[index[t] * k + (t < a.length ? second[p] : first[p])] = signs[t] * s.alpha()[t];
                    supports++;
                }
            }
            int finished = done.incrementAndGet();
            progress.step(finished, pairs, finished + " of " + pairs + " pairs done; classes " + present.get(first[p])
                    + " vs " + present.get(second[p]) + ": " + supports + " support vectors, " + s.iterations()
                    + " iterations");
        });
        return model(x, present, members, kernel, coefficients, rho);
    }

    /** Collects the rows that are support vectors in at least one problem. */
    private static OneVsOneModel model(FeatureMatrix x, List<Integer> present, List<int[]> members, Kernel kernel,
                                       double[] coefficients, double[] rho) {
        int k = present.size();
        List<Integer> rows = new ArrayList<>();
        List<Integer> rowClass = new ArrayList<>();
        for (int position = 0; position < k; position++) {
            for (int row : members.get(position)) {
                for (int o = 0; o < k; o++) {
                    if (coefficients[row * k + o] != 0) {
                        rows.add(row);
                        rowClass.add(position);
                        break;
                    }
                }
            }
        }
        int[] index = rows.stream().mapToInt(Integer::intValue).toArray();
        double[] kept = new double[index.length * k];
        for (int s = 0; s < index.length; s++) {
            System.arraycopy(coefficients, index[s] * k, kept, s * k, k);
        }
        return new OneVsOneModel(present.stream().mapToInt(Integer::intValue).toArray(), kernel,
                new FeatureMajorRows(x, index), rowClass.stream().mapToInt(Integer::intValue).toArray(), kept, rho);
    }

    private static int[] rowsOf(int[] y, int label) {
        int n = 0;
        for (int v : y) {
            if (v == label) {
                n++;
            }
        }
        int[] rows = new int[n];
        for (int i = 0, t = 0; i < y.length; i++) {
            if (y[i] == label) {
                rows[t++] = i;
            }
        }
        return rows;
    }

    /** The variance of all feature values together, as numpy's {@code X.var()}. */
    static double variance(FeatureMatrix x) {
        double sum = 0;
        double sq = 0;
        for (float v : x.data()) {
            sum += v;
            sq += (double) v * v;
        }
        double mean = sum / x.data().length;
        return Math.max(0, sq / x.data().length - mean * mean);
    }

    @Override
    public long memoryEstimate(int rows, int cols) {
        return CACHE_BYTES + 3L * Float.BYTES * rows * cols + 16L * rows * 10;
    }
}
