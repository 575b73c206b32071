package dev.fmnist.classic.models.svm;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.data.progress.Progress;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Our SVC against LIBSVM itself (its Java port, the reference in test scope): same one-vs-one decision values, to
 * the rounding of float kernel values and the solvers' tolerance, and the same predictions.
 */
class SvcVersusLibsvmTest {
    @ParameterizedTest
    @CsvSource({"rbf, 10", "linear, 1", "poly, 1", "sigmoid, 0.5"})
    void decisionValuesAndPredictionsMatchLibsvm(String kernel, double c) {
        SyntheticBlobs train = SyntheticBlobs.of(4, 60, 16, 1.2, 11);
        FeatureMatrix test = SyntheticBlobs.of(4, 25, 16, 1.2, 11).x();
        Map<String, Object> params = Map.of("C", c, "kernel", kernel, "tol", 1e-5);
        SvcTrainer trainer = (SvcTrainer) new SVC().trainer(params);
        OneVsOneModel ours = (OneVsOneModel) trainer.fit(train.x(), train.y(), 4, 1, 2, Progress.NONE);
        double gamma = new SvcTrainer.GammaRule("scale", 0).of(train.x());
        svm_model reference = libsvm(train, kernel, c, gamma);

        double[] decisions = ours.decisionValues(test, 2);
        int pairs = 6;
        int[] predicted = ours.predict(test, 1);
        int[] expected = new int[test.rows()];
        for (int i = 0; i < test.rows(); i++) {
            double[] libsvmDecisions = new double[pairs];
            expected[i] = (int) svm.svm_predict_values(reference, nodes(test, i), libsvmDecisions);
            for (int p = 0; p < pairs; p++) {
                double d = libsvmDecisions[p];
                assertEquals(d, decisions[i * pairs + p], 1e-3 * Math.max(1, Math.abs(d)),
                        String.format(Locale.ROOT, "%s row %d problem %d", kernel, i, p));
            }
        }
        assertArrayEquals(expected, predicted);
        assertEquals(reference.l, ours.supportVectorCount());
    }

    private static svm_model libsvm(SyntheticBlobs train, String kernel, double c, double gamma) {
        svm_parameter p = new svm_parameter();
        p.svm_type = svm_parameter.C_SVC;
        p.kernel_type = switch (kernel) {
            case "linear" -> svm_parameter.LINEAR;
            case "poly" -> svm_parameter.POLY;
            case "sigmoid" -> svm_parameter.SIGMOID;
            default -> svm_parameter.RBF;
        };
        p.C = c;
        p.gamma = gamma;
        p.degree = 3;
        p.coef0 = 0;
        p.eps = 1e-5;
        p.cache_size = 100;
        p.shrinking = 1;
        p.nr_weight = 0;
        p.weight_label = new int[0];
        p.weight = new double[0];
        svm_problem problem = new svm_problem();
        problem.l = train.x().rows();
        problem.x = new svm_node[problem.l][];
        problem.y = new double[problem.l];
        for (int i = 0; i < problem.l; i++) {
            problem.x[i] = nodes(train.x(), i);
            problem.y[i] = train.y()[i];
        }
        svm.svm_set_print_string_function(s -> { });
        return svm.svm_train(problem, p);
    }

    private static svm_node[] nodes(FeatureMatrix x, int row) {
        svm_node[] nodes = new svm_node[x.cols() + 1];
        for (int k = 0; k <= x.cols(); k++) {
            nodes[k] = new svm_node();
            nodes[k].index = k < x.cols() ? k + 1 : -1;
            nodes[k].value = k < x.cols() ? x.get(row, k) : 0;
        }
        return nodes;
    }
}
