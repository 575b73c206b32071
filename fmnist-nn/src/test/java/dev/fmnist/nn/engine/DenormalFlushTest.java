package dev.fmnist.nn.engine;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DenormalFlushTest {
    private static volatile float smallestNormal = Float.MIN_NORMAL;

    /** Half the smallest normal float, computed at run time: a denormal unless the thread flushes them. */
    private static float halfOfSmallestNormal() {
        return smallestNormal * 0.5f;
    }

    private static float inNewThread(boolean flush) throws InterruptedException {
        AtomicReference<Float> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            if (flush) {
                assertTrue(DenormalFlush.inThisThread());
            }
            result.set(halfOfSmallestNormal());
        });
        t.start();
        t.join();
        return result.get();
    }

    @Test
    void flushedThreadComputesDenormalsAsZeroAndOthersAreUntouched() throws InterruptedException {
        assumeTrue(DenormalFlush.supported(), "x86-64 Linux only");
        assertEquals(0f, inNewThread(true));
        assertEquals(Float.MIN_NORMAL / 2, inNewThread(false));
    }
}
