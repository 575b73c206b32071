package dev.fmnist.viz.embed;

/**
 * Exact principal component analysis of images: the eigenvectors of the exact pixel covariance
 * ({@link PixelCovariance}) with the largest eigenvalues ({@link SymmetricEigen}, converged to a residual of
 * 1e-10 of the largest eigenvalue).
 */
public final class Pca {
    /** Residual of the eigenpairs relative to the largest eigenvalue. */
    static final double TOLERANCE = 1e-10;

    private Pca() {
    }

    /** The {@code components} leading principal axes of {@code x / 255}, computed on {@code threads} threads. */
    public static PcaModel fit(ImageRows x, int components, int threads) {
        try (Workers workers = new Workers(threads)) {
            return fit(x, components, workers, TOLERANCE);
        }
    }

    static PcaModel fit(ImageRows x, int components, Workers workers, double tolerance) {
        if (components < 1 || components > x.dim()) {
            throw new IllegalArgumentException("components must be 1 to " + x.dim() + ", not " + components);
        }
        PixelCovariance.Moments m = PixelCovariance.of(x, workers);
        SymmetricEigen.Pairs top = SymmetricEigen.largest(m.covariance(), m.dim(), components, tolerance, 0);
        return new PcaModel(m.mean(), top.vectors(), top.values(), m.totalVariance());
    }
}
