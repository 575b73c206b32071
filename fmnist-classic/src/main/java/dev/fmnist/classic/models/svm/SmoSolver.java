package dev.fmnist.classic.models.svm;

/**
 * LIBSVM's {@code Solver} for the C-SVC dual {@code min 1/2 a'Qa - e'a, 0 <= a_i <= C, y'a = 0}: SMO with the
 * second-order working set selection of Fan, Chen and Lin (2005, "WSS3"), shrinking of the bounded variables that
 * cannot move, and LIBSVM's stopping rule (the maximal violating pair's gap below {@code eps}). Steps, shrinking
 * and the gradient reconstruction follow LIBSVM 3.x line by line, so that the solution is the one scikit-learn's
 * {@code SVC} finds up to the rounding of the kernel values.
 */
final class SmoSolver {
    private static final double TAU = 1e-12;
    /**
     * A working-set candidate whose {@code gradDiff² / quad} is below the best one's times this cannot win even
     * after rounding, so its division is skipped: the same pair is chosen, at a fraction of the divisions. (Only
     * while the best is a normal number: a subnormal one's rounding is coarser than this margin.)
     */
    private static final double NEAR = 1 - 1e-9;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final byte LOWER_BOUND = 0;
    private static final byte UPPER_BOUND = 1;
    private static final byte FREE = 2;

    /**
     * A solved binary problem.
     *
     * @param alpha      the dual variables, in the problem's original row order
     * @param rho        the offset: the decision value is {@code sum y_i alpha_i K(x_i, x) - rho}
     * @param iterations the SMO steps taken
     */
    record Solution(double[] alpha, double rho, long iterations) {
    }

    private final BinaryKernelMatrix q;
    private final int l;
    private final byte[] y;
    private final double[] alpha;
    private final double[] gradient;
    private final double[] gradientBar;
    private final byte[] status;
    private final int[] activeSet;
    private final double c;
    private final double eps;
    private int activeSize;
    private boolean unshrink;

    private SmoSolver(BinaryKernelMatrix q, byte[] y, double c, double eps) {
        this.q = q;
        this.l = y.length;
        this.y = y.clone();
        this.c = c;
        this.eps = eps;
        alpha = new double[l];
        gradient = new double[l];
        gradientBar = new double[l];
        status = new byte[l];
        activeSet = new int[l];
        for (int i = 0; i < l; i++) {
            gradient[i] = -1;
            activeSet[i] = i;
        }
        activeSize = l;
    }

    /**
     * Solves the problem with all {@code alpha} starting at 0 ({@code p = -e}).
     *
     * @param q         the problem's matrix, whose indices the solver swaps while shrinking
     * @param y         the labels, +1 or -1, in the matrix's initial order
     * @param c         the upper bound of every alpha
     * @param eps       the stopping tolerance on the maximal violating pair
     * @param shrinking whether to shrink
     */
    static Solution solve(BinaryKernelMatrix q, byte[] y, double c, double eps, boolean shrinking) {
        if (q.size() != y.length) {
            throw new IllegalArgumentException(q.size() + " rows but " + y.length + " labels");
        }
        return new SmoSolver(q, y, c, eps).run(shrinking);
    }

    private Solution run(boolean shrinking) {
        long iterations = 0;
        int counter = Math.min(l, 1000) + 1;
        int[] pair = new int[2];
        while (true) {
            if (--counter == 0) {
                counter = Math.min(l, 1000);
                if (shrinking) {
                    shrink();
                }
            }
            if (!selectWorkingSet(pair)) {
                reconstructGradient();
                activeSize = l;
                if (!selectWorkingSet(pair)) {
                    break;
                }
                counter = 1;
            }
            iterations++;
            step(pair[0], pair[1]);
        }
        double rho = rho();
        double[] solution = new double[l];
        for (int i = 0; i < l; i++) {
            solution[activeSet[i]] = alpha[i];
        }
        return new Solution(solution, rho, iterations);
    }

    /** Optimizes {@code alpha[i]} and {@code alpha[j]} together, then updates the gradients. */
    private void step(int i, int j) {
        float[] qi = q.row(i, activeSize);
        float[] qj = q.row(j, activeSize);
        double oldI = alpha[i];
        double oldJ = alpha[j];
        if (y[i] != y[j]) {
            double quad = q.diagonal(i) + q.diagonal(j) + 2 * qi[j];
            double delta = (-gradient[i] - gradient[j]) / (quad <= 0 ? TAU : quad);
            double diff = alpha[i] - alpha[j];
            alpha[i] += delta;
            alpha[j] += delta;
            if (diff > 0) {
                if (alpha[j] < 0) {
                    alpha[j] = 0;
                    alpha[i] = diff;
                }
            } else if (alpha[i] < 0) {
                alpha[i] = 0;
                alpha[j] = -diff;
            }
            if (diff > 0) {
                if (alpha[i] > c) {
                    alpha[i] = c;
                    alpha[j] = c - diff;
                }
            } else if (alpha[j] > c) {
                alpha[j] = c;
                alpha[i] = c + diff;
            }
        } else {
            double quad = q.diagonal(i) + q.diagonal(j) - 2 * qi[j];
            double delta = (gradient[i] - gradient[j]) / (quad <= 0 ? TAU : quad);
            double sum = alpha[i] + alpha[j];
            alpha[i] -= delta;
            alpha[j] += delta;
            if (sum > c) {
                if (alpha[i] > c) {
                    alpha[i] = c;
                    alpha[j] = sum - c;
                }
            } else if (alpha[j] < 0) {
                alpha[j] = 0;
                alpha[i] = sum;
            }
            if (sum > c) {
                if (alpha[j] > c) {
                    alpha[j] = c;
                    alpha[i] = sum - c;
                }
            } else if (alpha[i] < 0) {
                alpha[i] = 0;
                alpha[j] = sum;
            }
        }
        double deltaI = alpha[i] - oldI;
        double deltaJ = alpha[j] - oldJ;
        for (int k = 0; k < activeSize; k++) {
            gradient[k] += qi[k] * deltaI + qj[k] * deltaJ;
        }
        boolean upperI = status[i] == UPPER_BOUND;
        boolean upperJ = status[j] == UPPER_BOUND;
        updateStatus(i);
        updateStatus(j);
        if (upperI != (status[i] == UPPER_BOUND)) {
            addToGradientBar(q.row(i, l), upperI ? -c : c);
        }
        if (upperJ != (status[j] == UPPER_BOUND)) {
            addToGradientBar(q.row(j, l), upperJ ? -c : c);
        }
    }

    private void addToGradientBar(float[] row, double factor) {
        for (int k = 0; k < l; k++) {
            gradientBar[k] += factor * row[k];
        }
    }

    private void updateStatus(int i) {
        status[i] = alpha[i] >= c ? UPPER_BOUND : alpha[i] <= 0 ? LOWER_BOUND : FREE;
    }

    /**
     * WSS3: {@code i} maximizes {@code -y_i grad_i} over the indices that may go up, {@code j} minimizes the
     * second-order decrease of the objective among those that may go down. False when the maximal violating pair's
     * gap is below {@code eps} (optimal).
     */
    private boolean selectWorkingSet(int[] pair) {
        double gmax = -INF;
        double gmax2 = -INF;
        int gmaxIndex = -1;
        int gminIndex = -1;
        double objDiffMin = INF;
        for (int t = 0; t < activeSize; t++) {
            if (y[t] == 1) {
                if (status[t] != UPPER_BOUND && -gradient[t] >= gmax) {
                    gmax = -gradient[t];
                    gmaxIndex = t;
                }
            } else if (status[t] != LOWER_BOUND && gradient[t] >= gmax) {
                gmax = gradient[t];
                gmaxIndex = t;
            }
        }
        int i = gmaxIndex;
        float[] qi = i == -1 ? null : q.row(i, activeSize);
        double diagonalI = i == -1 ? 0 : q.diagonal(i);
        for (int j = 0; j < activeSize; j++) {
            double gradDiff;
            double quad;
            if (y[j] == 1) {
                if (status[j] == LOWER_BOUND) {
                    continue;
                }
                gradDiff = gmax + gradient[j];
                gmax2 = Math.max(gmax2, gradient[j]);
                if (gradDiff <= 0) {
                    continue;
                }
                quad = diagonalI + q.diagonal(j) - 2.0 * y[i] * qi[j];
            } else {
                if (status[j] == UPPER_BOUND) {
                    continue;
                }
                gradDiff = gmax - gradient[j];
                gmax2 = Math.max(gmax2, -gradient[j]);
                if (gradDiff <= 0) {
                    continue;
                }
                quad = diagonalI + q.diagonal(j) + 2.0 * y[i] * qi[j];
            }
            double numerator = gradDiff * gradDiff;
            double divisor = quad > 0 ? quad : TAU;
            double bound = -objDiffMin * divisor * NEAR;
            if (numerator < bound && bound < INF && objDiffMin <= -Double.MIN_NORMAL) {
                continue;
            }
            double objDiff = -numerator / divisor;
            if (objDiff <= objDiffMin) {
                gminIndex = j;
                objDiffMin = objDiff;
            }
        }
        if (gmax + gmax2 < eps || gminIndex == -1) {
            return false;
        }
        pair[0] = gmaxIndex;
        pair[1] = gminIndex;
        return true;
    }

    private boolean canBeShrunk(int i, double gmax1, double gmax2) {
        if (status[i] == UPPER_BOUND) {
            return y[i] == 1 ? -gradient[i] > gmax1 : -gradient[i] > gmax2;
        }
        if (status[i] == LOWER_BOUND) {
            return y[i] == 1 ? gradient[i] > gmax2 : gradient[i] > gmax1;
        }
        return false;
    }

    /** Moves the bounded variables that cannot take part in a violating pair past the end of the active set. */
    private void shrink() {
        double gmax1 = -INF;
        double gmax2 = -INF;
        for (int i = 0; i < activeSize; i++) {
            double yg = y[i] * gradient[i];
            boolean mayGoUp = y[i] == 1 ? status[i] != UPPER_BOUND : status[i] != LOWER_BOUND;
            boolean mayGoDown = y[i] == 1 ? status[i] != LOWER_BOUND : status[i] != UPPER_BOUND;
            if (mayGoUp) {
                gmax1 = Math.max(gmax1, -yg);
            }
            if (mayGoDown) {
                gmax2 = Math.max(gmax2, yg);
            }
        }
        if (!unshrink && gmax1 + gmax2 <= eps * 10) {
            unshrink = true;
            reconstructGradient();
            activeSize = l;
        }
        for (int i = 0; i < activeSize; i++) {
            if (canBeShrunk(i, gmax1, gmax2)) {
                activeSize--;
                while (activeSize > i) {
                    if (!canBeShrunk(activeSize, gmax1, gmax2)) {
                        swapIndex(i, activeSize);
                        break;
                    }
                    activeSize--;
                }
            }
        }
    }

    /** Recomputes the gradients of the shrunk variables from {@code G_bar} and the free variables. */
    private void reconstructGradient() {
        if (activeSize == l) {
            return;
        }
        for (int j = activeSize; j < l; j++) {
            gradient[j] = gradientBar[j] - 1;
        }
        int free = 0;
        for (int j = 0; j < activeSize; j++) {
            if (status[j] == FREE) {
                free++;
            }
        }
        if ((long) free * l > 2L * activeSize * (l - activeSize)) {
            for (int i = activeSize; i < l; i++) {
                float[] qi = q.row(i, activeSize);
                for (int j = 0; j < activeSize; j++) {
                    if (status[j] == FREE) {
                        gradient[i] += alpha[j] * qi[j];
                    }
                }
            }
        } else {
            for (int i = 0; i < activeSize; i++) {
                if (status[i] == FREE) {
                    float[] qi = q.row(i, l);
                    double a = alpha[i];
                    for (int j = activeSize; j < l; j++) {
                        gradient[j] += a * qi[j];
                    }
                }
            }
        }
    }

    /** The offset: the mean of {@code y_i grad_i} over the free variables, else the middle of the feasible range. */
    private double rho() {
        int free = 0;
        double ub = INF;
        double lb = -INF;
        double sumFree = 0;
        for (int i = 0; i < activeSize; i++) {
            double yg = y[i] * gradient[i];
            if (status[i] == UPPER_BOUND) {
                if (y[i] == -1) {
                    ub = Math.min(ub, yg);
                } else {
                    lb = Math.max(lb, yg);
                }
            } else if (status[i] == LOWER_BOUND) {
                if (y[i] == 1) {
                    ub = Math.min(ub, yg);
                } else {
                    lb = Math.max(lb, yg);
                }
            } else {
                free++;
                sumFree += yg;
            }
        }
        return free > 0 ? sumFree / free : (ub + lb) / 2;
    }

    private void swapIndex(int i, int j) {
        q.swapIndex(i, j);
        swap(y, i, j);
        swap(status, i, j);
        double t = alpha[i];
        alpha[i] = alpha[j];
        alpha[j] = t;
        t = gradient[i];
        gradient[i] = gradient[j];
        gradient[j] = t;
        t = gradientBar[i];
        gradientBar[i] = gradientBar[j];
        gradientBar[j] = t;
        int a = activeSet[i];
        activeSet[i] = activeSet[j];
        activeSet[j] = a;
    }

    private static void swap(byte[] v, int i, int j) {
        byte t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}
