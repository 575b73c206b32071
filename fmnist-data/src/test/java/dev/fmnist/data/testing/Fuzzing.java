package dev.fmnist.data.testing;

import java.util.Random;

/**
 * A small property-based fuzzing harness for the readers' tests: a property runs on {@link #tries()} inputs, each
 * made from its own seeded {@link Random}, and a failure names the seed that reproduces it. Short by default (a few
 * seconds per target); {@code -Dfmnist.fuzz.tries=N} runs longer and {@code -Dfmnist.fuzz.seed=S} replays one input
 * (see docs/hardening.md).
 */
public final class Fuzzing {
    private Fuzzing() {
    }

    /** A property of one random input. */
    @FunctionalInterface
    public interface Property {
        void check(Random random) throws Exception;
    }

    /** Inputs per target: {@code -Dfmnist.fuzz.tries}, else {@code defaultTries}. */
    public static int tries(int defaultTries) {
        return Integer.getInteger("fmnist.fuzz.tries", defaultTries);
    }

    /** Runs {@code property} on {@code tries(defaultTries)} inputs (or the one of {@code -Dfmnist.fuzz.seed}). */
    public static void check(String target, int defaultTries, Property property) {
        Long only = Long.getLong("fmnist.fuzz.seed");
        long first = only != null ? only : target.hashCode() * 1_000_003L;
        int tries = only != null ? 1 : tries(defaultTries);
        for (int i = 0; i < tries; i++) {
            long seed = first + i;
            try {
                property.check(new Random(seed));
            } catch (Exception | AssertionError e) {
                throw new AssertionError(target + " fails for the input of seed " + seed
                        + " (replay it with -Dfmnist.fuzz.seed=" + seed + "): " + e, e);
            }
        }
    }
}
