package dev.fmnist.classic.models.svm;

import dev.fmnist.classic.family.Family;
import dev.fmnist.classic.family.FeatureMatrix;
import dev.fmnist.classic.family.ParameterSpec;
import dev.fmnist.classic.family.Predictor;
import dev.fmnist.classic.family.Trainer;
import dev.fmnist.classic.models.Parallel;
import dev.fmnist.classic.models.Params;
import dev.fmnist.data.progress.Progress;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;

import java.util.List;
import java.util.Map;

/**
 * Kernel support vector machines as scikit-learn's {@code SVC}, which wraps the same library: LIBSVM's C-SVC
 * (SMO with shrinking), one-vs-one for several classes, kernels linear, rbf, poly and sigmoid.
 */
public final class SVC implements Family {
    private static final int CACHE_MB = 500;

    @Override
    public String name() {
        return "SVC";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec("C", List.of(), "penalty of margin violations (default 1)"),
                new ParameterSpec("kernel", List.of("linear", "rbf", "poly", "sigmoid"), "default rbf"),
                new ParameterSpec("gamma", List.of(), "kernel coefficient: scale (1 / (features x variance), default), auto (1 / features) or a number"),
                new ParameterSpec("degree", List.of(), "degree of the poly kernel (default 3)"),
                new ParameterSpec("coef0", List.of(), "constant of the poly and sigmoid kernels (default 0)"),
                new ParameterSpec("tol", List.of(), "SMO stopping tolerance (default 1e-3)"));
    }

    @Override
    public String library() {
        return "libsvm-java 3.31";
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        Params p = new Params(name(), params);
        double c = p.positive("C", 1.0);
        String kernel = p.choice("kernel", "rbf", List.of("linear", "rbf", "poly", "sigmoid"));
        Object gammaValue = params.get("gamma");
        String gammaRule = gammaValue instanceof Number ? null : p.choice("gamma", "scale", List.of("scale", "auto"));
        double fixedGamma = gammaValue instanceof Number ? p.positive("gamma", 1) : 0;
        int degree = p.integer("degree", 3);
        double coef0 = p.number("coef0", 0);
        double tol = p.positive("tol", 1e-3);
        return new Trainer() {
            @Override
            public Predictor fit(FeatureMatrix x, int[] y, int classes, long seed, int threads, Progress progress) {
                svm_parameter sp = new svm_parameter();
                sp.svm_type = svm_parameter.C_SVC;
                sp.kernel_type = switch (kernel) {
                    case "linear" -> svm_parameter.LINEAR;
                    case "poly" -> svm_parameter.POLY;
                    case "sigmoid" -> svm_parameter.SIGMOID;
                    default -> svm_parameter.RBF;
                };
                sp.C = c;
                sp.gamma = gammaRule == null ? fixedGamma
                        : gammaRule.equals("auto") ? 1.0 / x.cols() : 1.0 / (x.cols() * variance(x));
                sp.degree = degree;
                sp.coef0 = coef0;
                sp.eps = tol;
                sp.cache_size = CACHE_MB;
                sp.shrinking = 1;
                sp.probability = 0;
                sp.nr_weight = 0;
                sp.weight_label = new int[0];
                sp.weight = new double[0];
                svm_problem problem = new svm_problem();
                problem.l = x.rows();
                problem.x = nodes(x);
                problem.y = new double[y.length];
                for (int i = 0; i < y.length; i++) {
                    problem.y[i] = y[i];
                }
                svm.svm_set_print_string_function(s -> { });
                svm_model model = svm.svm_train(problem, sp);
                progress.update(1, model.l + " support vectors");
                return new Model(model);
            }

            @Override
            public long memoryEstimate(int rows, int cols) {
                return 32L * rows * (cols + 1) + ((long) CACHE_MB << 20) + 64L * rows;
            }
        };
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
        return Math.max(1e-12, sq / x.data().length - mean * mean);
    }

    /** LIBSVM's sparse rows: 1-based feature indices, zeros left out, each ending with index -1. */
    static svm_node[][] nodes(FeatureMatrix x) {
        svm_node[][] rows = new svm_node[x.rows()][];
        for (int i = 0; i < x.rows(); i++) {
            rows[i] = row(x, i);
        }
        return rows;
    }

    private static svm_node[] row(FeatureMatrix x, int i) {
        float[] data = x.data();
        int off = x.offset(i);
        int nonZero = 0;
        for (int j = 0; j < x.cols(); j++) {
            if (data[off + j] != 0) {
                nonZero++;
            }
        }
        svm_node[] row = new svm_node[nonZero + 1];
        int k = 0;
        for (int j = 0; j < x.cols(); j++) {
            if (data[off + j] != 0) {
                row[k] = new svm_node();
                row[k].index = j + 1;
                row[k++].value = data[off + j];
            }
        }
        row[k] = new svm_node();
        row[k].index = -1;
        return row;
    }

    /** A fitted LIBSVM model; LIBSVM's own one-vs-one vote decides. */
    private record Model(svm_model model) implements Predictor {
        @Override
        public int[] predict(FeatureMatrix x, int threads) {
            int[] out = new int[x.rows()];
            Parallel.chunks(x.rows(), threads, (from, to) -> {
                for (int i = from; i < to; i++) {
                    out[i] = (int) svm.svm_predict(model, row(x, i));
                }
            });
            return out;
        }
    }
}
