package dev.fmnist.nn.family;

/** What the network families report as their implementation. */
final class NetworkFamilies {
    /** The engine behind the families, for the benchmark's results file. */
    static final String LIBRARY = "fmnist-nn (DJL 0.36.0, PyTorch 2.7.1 CPU)";

    private NetworkFamilies() {
    }
}
