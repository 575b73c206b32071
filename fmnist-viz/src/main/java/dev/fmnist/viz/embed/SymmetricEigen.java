package dev.fmnist.viz.embed;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The largest eigenvalues and their eigenvectors of a symmetric positive semi-definite matrix, by subspace iteration
 * with Rayleigh-Ritz steps (cyclic Jacobi on the small projected matrix), until every wanted Ritz pair's residual
 * {@code |C v - l v|} is below {@code tolerance x} the largest eigenvalue. A full decomposition of a 784 x 784
 * covariance costs seconds (docs/decisions.md); the few leading pairs cost milliseconds.
 */
final class SymmetricEigen {
    private static final int MAX_ITERATIONS = 2000;

    private SymmetricEigen() {
    }

    /** The leading eigenpairs, largest first: {@code vectors[i]} has unit length and belongs to {@code values[i]}. */
    record Pairs(double[] values, double[][] vectors) {
    }

    /**
     * The {@code k} largest eigenpairs of the {@code d x d} symmetric matrix {@code c} (row-major). Each vector's
     * sign makes its largest-magnitude entry positive.
     */
    static Pairs largest(double[] c, int d, int k, double tolerance, long seed) {
        int p = Math.min(d, k + Math.max(10, k / 2));
        SplittableRandom random = new SplittableRandom(seed);
        double[][] q = new double[p][d];
        for (double[] v : q) {
            for (int i = 0; i < d; i++) {
                v[i] = random.nextDouble() - 0.5;
            }
        }
        orthonormalize(q);
        double[][] z = new double[p][d];
        for (int iteration = 0; ; iteration++) {
            multiply(c, d, q, z);
            double[][] h = new double[p][p];
            for (int a = 0; a < p; a++) {
                for (int b = a; b < p; b++) {
                    h[a][b] = h[b][a] = dot(q[a], z[b]);
                }
            }
            Pairs ritz = jacobi(h);
            double[][] u = rotate(q, ritz.vectors);
            double[][] cu = rotate(z, ritz.vectors);
            double worst = 0;
            for (int i = 0; i < k; i++) {
                double r = 0;
                for (int j = 0; j < d; j++) {
                    double e = cu[i][j] - ritz.values[i] * u[i][j];
                    r += e * e;
                }
                worst = Math.max(worst, Math.sqrt(r));
            }
            if (worst <= tolerance * Math.max(ritz.values[0], Double.MIN_NORMAL) || iteration == MAX_ITERATIONS) {
                double[][] vectors = Arrays.copyOf(u, k);
                for (double[] v : vectors) {
                    orient(v);
                }
                return new Pairs(Arrays.copyOf(ritz.values, k), vectors);
            }
            q = cu;
            orthonormalize(q);
        }
    }

    /** {@code z[j] = c q[j]} for every column {@code j}, as row updates ({@code c} is symmetric). */
    private static void multiply(double[] c, int d, double[][] q, double[][] z) {
        for (double[] v : z) {
            Arrays.fill(v, 0);
        }
        double[] row = new double[d];
        for (int l = 0; l < d; l++) {
            System.arraycopy(c, l * d, row, 0, d);
            for (int j = 0; j < q.length; j++) {
                double a = q[j][l];
                double[] out = z[j];
                for (int i = 0; i < d; i++) {
                    out[i] += a * row[i];
                }
            }
        }
    }

    /** The columns of {@code q} combined by {@code v}: {@code out[j] = sum_a v[a][j] q[a]}. */
    private static double[][] rotate(double[][] q, double[][] v) {
        int p = q.length;
        double[][] out = new double[p][q[0].length];
        for (int j = 0; j < p; j++) {
            for (int a = 0; a < p; a++) {
                double w = v[a][j];
                double[] src = q[a];
                double[] dst = out[j];
                for (int i = 0; i < dst.length; i++) {
                    dst[i] += w * src[i];
                }
            }
        }
        return out;
    }

    /** Modified Gram-Schmidt, twice for accuracy; a vector that vanishes is replaced by a unit vector. */
    private static void orthonormalize(double[][] q) {
        for (int pass = 0; pass < 2; pass++) {
            for (int a = 0; a < q.length; a++) {
                for (int b = 0; b < a; b++) {
                    double s = dot(q[a], q[b]);
                    for (int i = 0; i < q[a].length; i++) {
                        q[a][i] -= s * q[b][i];
                    }
                }
                double norm = Math.sqrt(dot(q[a], q[a]));
                if (norm == 0) {
                    q[a][a % q[a].length] = 1;
                    norm = 1;
                }
                for (int i = 0; i < q[a].length; i++) {
                    q[a][i] /= norm;
                }
            }
        }
    }

    /**
     * All eigenpairs of a small symmetric matrix by cyclic Jacobi rotations, largest first; {@code vectors} holds
     * the eigenvectors as columns ({@code vectors[row][pair]}).
     */
    static Pairs jacobi(double[][] matrix) {
        int p = matrix.length;
        double[][] a = new double[p][];
        for (int i = 0; i < p; i++) {
            a[i] = matrix[i].clone();
        }
        double[][] v = new double[p][p];
        for (int i = 0; i < p; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diagonal = 0;
            for (int i = 0; i < p; i++) {
                diagonal += a[i][i] * a[i][i];
                for (int j = i + 1; j < p; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off <= 1e-30 * diagonal || off == 0) {
                break;
            }
            for (int i = 0; i < p; i++) {
                for (int j = i + 1; j < p; j++) {
                    if (a[i][j] != 0) {
                        rotate(a, v, i, j);
                    }
                }
            }
        }
        Integer[] order = IntStream.range(0, p).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> -a[i][i]));
        double[] values = new double[p];
        double[][] vectors = new double[p][p];
        for (int c = 0; c < p; c++) {
            values[c] = a[order[c]][order[c]];
            for (int r = 0; r < p; r++) {
                vectors[r][c] = v[r][order[c]];
            }
        }
        return new Pairs(values, vectors);
    }

    /** One Jacobi rotation that zeroes {@code a[i][j]}. */
    private static void rotate(double[][] a, double[][] v, int i, int j) {
        double theta = (a[j][j] - a[i][i]) / (2 * a[i][j]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int r = 0; r < a.length; r++) {
            double ari = a[r][i];
            double arj = a[r][j];
            a[r][i] = c * ari - s * arj;
            a[r][j] = s * ari + c * arj;
        }
        for (int r = 0; r < a.length; r++) {
            double air = a[i][r];
            double ajr = a[j][r];
            a[i][r] = c * air - s * ajr;
            a[j][r] = s * air + c * ajr;
        }
        for (int r = 0; r < v.length; r++) {
            double vri = v[r][i];
            double vrj = v[r][j];
            v[r][i] = c * vri - s * vrj;
            v[r][j] = s * vri + c * vrj;
        }
    }

    private static void orient(double[] v) {
        int largest = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[largest])) {
                largest = i;
            }
        }
        if (v[largest] < 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
