package dev.fmnist.classic.models.liblinear;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.fmnist.classic.family.FeatureMatrix;
import dev.fmnist.classic.family.Predictor;
import dev.fmnist.classic.family.Trainer;
import dev.fmnist.classic.models.Parallel;
import dev.fmnist.classic.models.linear.LinearModel;
import dev.fmnist.data.progress.Progress;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trains a LIBLINEAR solver with a bias feature of value 1 (scikit-learn's {@code intercept_scaling=1}): one
 * binary problem per class (one-vs-rest), the classes in parallel, or for Crammer-Singer one multi-class problem.
 * Prediction uses the weights directly.
 */
final class LiblinearTrainer implements Trainer {
    private final SolverType solver;
    private final double c;
    private final double eps;
    private final int maxIterations;

    LiblinearTrainer(SolverType solver, double c, double eps, int maxIterations) {
        this.solver = solver;
        this.c = c;
        this.eps = eps;
        this.maxIterations = maxIterations;
    }

    @Override
    public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
        Linear.disableDebugOutput();
        Feature[][] rows = rows(x);
        long[] seeds = new SplittableRandom(seed).longs(classes).toArray();
        double[][] weights = new double[classes][];
        if (solver == SolverType.MCSVM_CS) {
            double[] labels = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = y[i];
            }
            Model m = Linear.train(problem(rows, labels, x.cols()), parameter(seeds[0]));
            int[] order = m.getLabels();
            double[] w = m.getFeatureWeights();
            for (int k = 0; k < order.length; k++) {
                double[] row = new double[x.cols() + 1];
                for (int j = 0; j <= x.cols(); j++) {
                    row[j] = w[j * order.length + k];
                }
                weights[order[k]] = row;
            }
            for (int k = 0; k < classes; k++) {
                if (weights[k] == null) {
                    weights[k] = emptyClass(x.cols());
                }
            }
            progress.update(classes, "multi-class problem solved");
            return new LinearModel(weights);
        }
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(classes, threads, k -> {
            double[] labels = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = y[i] == k ? 1 : -1;
            }
            Model m = Linear.train(problem(rows, labels, x.cols()), parameter(seeds[k]));
            double sign = m.getLabels()[0] == 1 ? 1 : -1;
            double[] w = m.getFeatureWeights();
            double[] row = new double[x.cols() + 1];
            for (int j = 0; j <= x.cols(); j++) {
                row[j] = sign * w[j];
            }
            weights[k] = row;
            progress.update(done.incrementAndGet(), "class " + k + " solved");
        });
        return new LinearModel(weights);
    }

    /** A class absent from the training labels never wins. */
    private static double[] emptyClass(int cols) {
        double[] row = new double[cols + 1];
        row[cols] = Double.NEGATIVE_INFINITY;
        return row;
    }

    private Parameter parameter(long seed) {
        Parameter p = new Parameter(solver, c, eps, maxIterations);
        p.setRandom(new Random(seed));
        return p;
    }

    private static Problem problem(Feature[][] rows, double[] labels, int cols) {
        Problem p = new Problem();
        p.l = rows.length;
        p.n = cols + 1;
        p.x = rows;
        p.y = labels;
        p.bias = 1;
        return p;
    }

    /** LIBLINEAR's sparse rows (1-based feature indices, zeros left out), each ending with the bias feature. */
    static Feature[][] rows(FeatureMatrix x) {
        Feature[][] rows = new Feature[x.rows()][];
        float[] data = x.data();
        for (int i = 0; i < x.rows(); i++) {
            int off = x.offset(i);
            int nonZero = 0;
            for (int j = 0; j < x.cols(); j++) {
                if (data[off + j] != 0) {
                    nonZero++;
                }
            }
            Feature[] row = new Feature[nonZero + 1];
            int k = 0;
            for (int j = 0; j < x.cols(); j++) {
                if (data[off + j] != 0) {
                    row[k++] = new FeatureNode(j + 1, data[off + j]);
                }
            }
            row[k] = new FeatureNode(x.cols() + 1, 1.0);
            rows[i] = row;
        }
        return rows;
    }

    @Override
    public long memoryEstimate(int rows, int cols) {
        return 32L * rows * (cols + 1) + 16L * rows * 10 + (16L << 20);
    }
}
