package dev.fmnist.classic.testing;

import dev.fmnist.estimator.Family;
import dev.fmnist.estimator.ParameterSpec;
import dev.fmnist.estimator.Trainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A family that only declares parameters, for grid validation tests; its trainers cannot fit. */
public record SpecOnlyFamily(String name, List<ParameterSpec> parameters) implements Family {
    /** A family whose parameters accept the listed values (an empty list: any value). */
    public static SpecOnlyFamily of(String name, Map<String, List<Object>> allowed) {
        List<ParameterSpec> specs = new ArrayList<>();
        new LinkedHashMap<>(allowed).forEach((p, values) -> specs.add(new ParameterSpec(p, values, p)));
        return new SpecOnlyFamily(name, specs);
    }

    @Override
    public Trainer trainer(Map<String, Object> params) {
        return null;
    }

    @Override
    public String library() {
        return "none";
    }
}
