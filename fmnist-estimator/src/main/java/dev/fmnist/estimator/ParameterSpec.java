package dev.fmnist.estimator;

import java.util.List;

/**
 * A parameter a family accepts.
 *
 * @param name        the scikit-learn name, for example {@code C} or {@code kernel}
 * @param allowed     the allowed values when they form a closed set (e.g. kernels), else empty
 * @param description what it means here, and how it maps to our implementation
 */
public record ParameterSpec(String name, List<Object> allowed, String description) {
}
