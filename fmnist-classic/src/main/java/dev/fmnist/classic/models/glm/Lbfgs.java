package dev.fmnist.classic.models.glm;

/**
 * Limited-memory BFGS (Nocedal 1980): the last 10 steps and gradient changes define the search direction, a
 * backtracking line search from the unit step accepts the first point with sufficient decrease (Armijo,
 * {@code 1e-4}). Minimizes smooth convex objectives here, so it reaches the same optimum as any other descent
 * method; when to stop is the caller's rule.
 */
final class Lbfgs {
    private static final int MEMORY = 10;
    private static final int MAX_LINE_SEARCH = 40;
    private static final double ARMIJO = 1e-4;

    private Lbfgs() {
    }

    /** A differentiable objective. */
    interface Objective {
        /** Returns the value at {@code w} and writes the gradient into {@code gradient}. */
        double evaluate(double[] w, double[] gradient);
    }

    /** The caller's stopping rule, asked after each iteration (and once at the start, with {@code previous} NaN). */
    interface Stop {
        boolean reached(int iteration, double previous, double current, double[] gradient);
    }

    /** Minimizes {@code f} from {@code w} (overwritten with the result); returns the iterations run. */
    static int minimize(Objective f, double[] w, int maxIterations, Stop stop) {
        int n = w.length;
        double[] g = new double[n];
        double[] gNew = new double[n];
        double[] p = new double[n];
        double[] wNew = new double[n];
        double[][] s = new double[MEMORY][n];
        double[][] y = new double[MEMORY][n];
        double[] rho = new double[MEMORY];
        double[] a = new double[MEMORY];
        int stored = 0;
        int newest = -1;
        double fx = f.evaluate(w, g);
        if (stop.reached(0, Double.NaN, fx, g)) {
            return 0;
        }
        int iter = 0;
        while (iter < maxIterations) {
            direction(g, s, y, rho, a, stored, newest, p);
            double slope = dot(g, p);
            if (!(slope < 0)) {
                stored = 0;
                for (int j = 0; j < n; j++) {
                    p[j] = -g[j];
                }
                slope = dot(g, p);
            }
            double t = stored == 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int k = 0; k < MAX_LINE_SEARCH; k++, t *= 0.5) {
                for (int j = 0; j < n; j++) {
                    wNew[j] = w[j] + t * p[j];
                }
                fNew = f.evaluate(wNew, gNew);
                if (fNew <= fx + ARMIJO * t * slope) {
                    accepted = true;
                    break;
                }
            }
            if (!accepted) {
                break;
            }
            newest = (newest + 1) % MEMORY;
            double sy = 0;
            for (int j = 0; j < n; j++) {
                s[newest][j] = wNew[j] - w[j];
                y[newest][j] = gNew[j] - g[j];
                sy += s[newest][j] * y[newest][j];
            }
            if (sy > 1e-12) {
                rho[newest] = 1 / sy;
                stored = Math.min(stored + 1, MEMORY);
            } else {
                newest = (newest + MEMORY - 1) % MEMORY;
            }
            System.arraycopy(wNew, 0, w, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            double previous = fx;
            fx = fNew;
            iter++;
            if (stop.reached(iter, previous, fx, g)) {
                break;
            }
        }
        return iter;
    }

    /** The two-loop recursion: {@code p = -H g} with the stored pairs, newest first. */
    private static void direction(double[] g, double[][] s, double[][] y, double[] rho, double[] a, int stored,
                                  int newest, double[] p) {
        int n = g.length;
        for (int j = 0; j < n; j++) {
            p[j] = -g[j];
        }
        for (int k = 0; k < stored; k++) {
            int i = (newest - k + MEMORY) % MEMORY;
            a[i] = rho[i] * dot(s[i], p);
            axpy(-a[i], y[i], p);
        }
        if (stored > 0) {
            double gamma = 1 / (rho[newest] * dot(y[newest], y[newest]));
            for (int j = 0; j < n; j++) {
                p[j] *= gamma;
            }
        }
        for (int k = stored - 1; k >= 0; k--) {
            int i = (newest - k + MEMORY) % MEMORY;
            double beta = rho[i] * dot(y[i], p);
            axpy(a[i] - beta, s[i], p);
        }
    }

    static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int j = 0; j < u.length; j++) {
            sum += u[j] * v[j];
        }
        return sum;
    }

    private static void axpy(double alpha, double[] u, double[] v) {
        for (int j = 0; j < u.length; j++) {
            v[j] += alpha * u[j];
        }
    }
}
