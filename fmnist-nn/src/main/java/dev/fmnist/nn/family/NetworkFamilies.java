package dev.fmnist.nn.family;

import dev.fmnist.data.Version;

/** What the network families report as their implementation. */
final class NetworkFamilies {
    /** The engine behind the families, for the benchmark's results file. */
    static final String LIBRARY = "fmnist-nn (DJL " + Version.of("djl") + ", PyTorch " + Version.of("pytorch")
            + " CPU)";

    private NetworkFamilies() {
    }
}
