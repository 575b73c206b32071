package dev.fmnist.data.testing;

import java.lang.management.ManagementFactory;

/**
 * Measures the heap bytes the current thread allocates while a task runs (HotSpot's per-thread allocation counter),
 * so that a test can assert that a reader's memory stays bounded by its input, whatever a header declares.
 */
public final class Allocations {
    /** A task that may fail. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private Allocations() {
    }

    /** The bytes the current thread allocated while {@code task} ran (which must not throw). */
    public static long measure(Task task) throws Exception {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        task.run();
        return bean.getThreadAllocatedBytes(id) - before;
    }
}
