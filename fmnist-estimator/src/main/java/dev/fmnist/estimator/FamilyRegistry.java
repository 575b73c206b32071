package dev.fmnist.estimator;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The classifier families by their scikit-learn names: the one registry that the benchmark, the grid reader and the
 * command line look families up in. {@link #standard()} holds every family registered as a
 * {@link java.util.ServiceLoader} provider of {@link Family} on the class path (the classical module's in
 * {@code META-INF/services/dev.fmnist.estimator.Family}, the neural-network module's {@code MLPClassifier} and
 * {@code ConvNet}).
 */
public final class FamilyRegistry {
    private final Map<String, Family> families;

    private FamilyRegistry(Map<String, Family> families) {
        this.families = Collections.unmodifiableMap(families);
    }

    /** Every family found on the class path. */
    public static FamilyRegistry standard() {
        return of(ServiceLoader.load(Family.class, FamilyRegistry.class.getClassLoader()));
    }

    /** A registry of the given families; two with the same name are an error. */
    public static FamilyRegistry of(Iterable<? extends Family> list) {
        Map<String, Family> map = new LinkedHashMap<>();
        for (Family f : list) {
            Family previous = map.putIfAbsent(f.name(), f);
            if (previous != null) {
                throw new IllegalStateException("two families named " + f.name() + ": "
                        + previous.getClass().getName() + " and " + f.getClass().getName());
            }
        }
        return new FamilyRegistry(map);
    }

    /** The family of that name, or an error listing the known names. */
    public Family get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown family '" + name + "'; families: " + String.join(", ", names())));
    }

    /** The family of that name, if it is registered. */
    public Optional<Family> find(String name) {
        return Optional.ofNullable(families.get(name));
    }

    /** The names of the registered families, in registration order. */
    public List<String> names() {
        return List.copyOf(families.keySet());
    }

    /** All registered families, in registration order. */
    public Collection<Family> all() {
        return families.values();
    }
}
