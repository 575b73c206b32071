package dev.fmnist.classic.models.linear;

/** The weight penalties of scikit-learn's SGD models. */
public enum Penalty {
    NONE, L2, L1, ELASTICNET;

    /** The penalty of that scikit-learn name ({@code l1}, {@code l2}, {@code elasticnet}, or none). */
    public static Penalty named(String name) {
        return switch (name) {
            case "l2" -> L2;
            case "l1" -> L1;
            case "elasticnet" -> ELASTICNET;
            case "none", "None" -> NONE;
            default -> throw new IllegalArgumentException("unknown penalty " + name + "; known: l1, l2, elasticnet, none");
        };
    }

    boolean shrinks() {
        return this == L2 || this == ELASTICNET;
    }

    boolean truncates() {
        return this == L1 || this == ELASTICNET;
    }
}
