package dev.fmnist.classic.models;

import dev.fmnist.classic.family.Family;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The classifier families by their scikit-learn names. {@link #standard()} holds every family registered as a
 * {@link java.util.ServiceLoader} provider of {@link Family} on the class path: this module's own families
 * (listed in {@code META-INF/services/dev.fmnist.classic.family.Family}) and those of other modules, such as the
 * neural-network module's {@code MLPClassifier}.
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
        Family f = families.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown classifier family " + name + "; known: " + families.keySet());
        }
        return f;
    }

    /** Whether a family of that name is registered. */
    public boolean contains(String name) {
        return families.containsKey(name);
    }

    /** All registered families, in registration order. */
    public Collection<Family> all() {
        return families.values();
    }
}
