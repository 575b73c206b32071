package dev.fmnist.nn.arch;

import ai.djl.nn.Block;
import java.util.Locale;

/** The hidden-layer activations of the multilayer perceptrons (scikit-learn's names). */
public enum Activation {
    RELU,
    TANH;

    /** The lower-case name used in model names and manifests. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A parameter-free block applying this activation. */
    Block block() {
        return this == RELU ? ai.djl.nn.Activation.reluBlock() : ai.djl.nn.Activation.tanhBlock();
    }

    /** The activation of a name, {@code relu} or {@code tanh}. */
    public static Activation of(String name) {
        for (Activation a : values()) {
            if (a.id().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "'; use relu or tanh");
    }
}
