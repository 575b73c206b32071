package dev.fmnist.nn.engine;

import ai.djl.engine.Engine;
import ai.djl.util.Utils;

/**
 * The single way into the Deep Java Library engine. Before the engine class is first touched it switches DJL to
 * offline mode ({@code ai.djl.offline}, the property behind {@code DJL_OFFLINE}) and opts out of its usage tracking
 * ({@code OPT_OUT_TRACKING}), so that no run ever opens a network connection: the PyTorch natives come from the
 * {@code pytorch-native-cpu} jar on the class path.
 */
public final class OfflineEngine {
    /** DJL's system property for offline mode (the environment variable is {@code DJL_OFFLINE}). */
    public static final String OFFLINE_PROPERTY = "ai.djl.offline";
    /** DJL's telemetry opt-out, read from the environment or a system property of the same name. */
    public static final String TRACKING_PROPERTY = "OPT_OUT_TRACKING";
    /** PyTorch's intra-op thread count, read by the engine when it starts. */
    public static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";

    private static Engine engine;

    private OfflineEngine() {
    }

    /**
     * Sets the offline and opt-out properties (idempotent). Called by {@link #get()}; call it directly only before
     * touching other DJL classes that might contact the network.
     *
     * @throws IllegalStateException when the environment forces DJL online ({@code DJL_OFFLINE=false})
     */
    public static synchronized void configure() {
        System.setProperty(OFFLINE_PROPERTY, "true");
        System.setProperty("offline", "true");
        System.setProperty(TRACKING_PROPERTY, "true");
        if (!Utils.isOfflineMode()) {
            throw new IllegalStateException("the environment sets DJL_OFFLINE=" + System.getenv("DJL_OFFLINE")
                    + ", which would let the engine download files; unset it (fmnist runs DJL offline)");
        }
    }

    /**
     * The PyTorch engine, started offline on first use. Every calling thread is also switched to flushing denormal
     * floats ({@link DenormalFlush}) before it runs an operation, so that the engine threads it starts inherit that.
     */
    public static synchronized Engine get() {
        DenormalFlush.inThisThread();
        if (engine == null) {
            configure();
            passiveOpenMpWaits();
            engine = Engine.getEngine("PyTorch");
        }
        return engine;
    }

    /**
     * Makes PyTorch's OpenMP threads sleep rather than spin while they wait ({@code OMP_WAIT_POLICY=PASSIVE}) unless
     * the environment chose a policy. OpenMP reads the variable when the native library loads, so it is set in the
     * process environment (through the C library) before the engine starts. On a shared or busy CPU a spinning thread
     * holds a core its partner needs: measured here, 2-thread training ran 4x faster with passive waits.
     */
    private static void passiveOpenMpWaits() {
        if (System.getenv("OMP_WAIT_POLICY") == null && !System.getProperty("os.name").startsWith("Windows")) {
            com.sun.jna.NativeLibrary.getInstance("c").getFunction("setenv")
                    .invokeInt(new Object[] {"OMP_WAIT_POLICY", "PASSIVE", 0});
        }
    }

    /**
     * Sets the number of threads PyTorch's operations use when called from this thread (OpenMP's thread count is a
     * per-thread setting), so that a benchmark job uses the threads it was given and no more.
     */
    public static void threads(int threads) {
        get();
        ai.djl.pytorch.jni.JniUtils.setNumThreads(Math.max(1, threads));
    }

    /** Seeds the engine's random generator (weight initialization, dropout). */
    public static void seed(long seed) {
        get().setRandomSeed((int) (seed ^ (seed >>> 32)));
    }

    /** Whether the properties that keep DJL offline are set in this JVM. */
    public static boolean isConfigured() {
        return "true".equals(System.getProperty(OFFLINE_PROPERTY))
                && "true".equals(System.getProperty(TRACKING_PROPERTY));
    }
}
