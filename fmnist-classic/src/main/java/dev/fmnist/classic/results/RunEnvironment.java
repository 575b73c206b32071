package dev.fmnist.classic.results;

import dev.fmnist.data.Version;
import java.lang.management.ManagementFactory;

/**
 * What a result was measured with: the JVM, fmnist's version, and the machine.
 *
 * @param jvm           for example {@code OpenJDK 64-Bit Server VM 17.0.15+6 (Debian)}
 * @param fmnistVersion the version of this tool
 * @param machine       processor cores and memory
 */
public record RunEnvironment(String jvm, String fmnistVersion, Machine machine) {
    /**
     * The machine.
     *
     * @param cores     processors available to the JVM
     * @param memoryMb  physical memory in MiB (0 if unknown)
     * @param maxHeapMb the JVM's maximum heap in MiB
     * @param os        operating system name and version
     * @param arch      processor architecture
     */
    public record Machine(int cores, long memoryMb, long maxHeapMb, String os, String arch) {
    }

    /** The environment of this process. */
    public static RunEnvironment current() {
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")";
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() >> 20 : 0;
        Machine machine = new Machine(Runtime.getRuntime().availableProcessors(), memory,
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"));
        return new RunEnvironment(jvm, Version.current(), machine);
    }
}
