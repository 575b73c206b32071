package dev.fmnist.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a job could have been launched, from the timelines of a standalone run's event log. */
class ExecutorSlotsTest {
    @Test
    void aJobQueuedForTheOneSlotCountsFromTheEndOfTheTaskBeforeItNotFromSparksLaterFinishTime() {
        // a one-core executor in a standalone run's event log (ms, less 1796444685000): a task launched at 949, done
        // on the executor 93 + 1305 ms later (2347), its finish time stamped at 2429 by the driver, which had already
        // launched the next task at 2415; that one was submitted at 1154, while the first ran
        ExecutorSlots one = new ExecutorSlots(1);
        ran(one, 3, 949, 949 + 93 + 1305);
        assertEquals(2347, launched(one, 4, 1154, 2415));
    }

    @Test
    void aJobQueuedBehindAnotherCountsFromTheSlotItGotNotTheOneTheOtherJobTook() {
        ExecutorSlots one = new ExecutorSlots(1);
        ran(one, 1, 0, 1000);
        ran(one, 2, 1010, 2000);   // submitted at 100, the first in line
        one.started(3, 2020);      // submitted at 200, behind job 2
        assertEquals(2000, one.readyAt(3, 200, 2020));
        assertEquals(1000, one.readyAt(2, 100, 1010));
    }

    @Test
    void aJobSubmittedWhileASlotWasFreeCountsFromItsSubmission() {
        ExecutorSlots two = new ExecutorSlots(2);
        two.started(1, 0);         // still running
        assertEquals(400, launched(two, 2, 400, 500));
    }

    @Test
    void theFirstTaskOnAnExecutorIsToldApart() {
        ExecutorSlots e = new ExecutorSlots(1);
        ran(e, 7, 10, 20);
        e.started(8, 30);
        assertTrue(e.first(7));
        assertFalse(e.first(8));
    }

    @Test
    void tasksThatEndedBeforeTheOldestWaitingSubmissionAreForgotten() {
        ExecutorSlots one = new ExecutorSlots(1);
        ran(one, 1, 0, 100);
        one.forgetBefore(150);
        assertEquals(200, launched(one, 2, 200, 300));
    }

    /** When a task submitted at {@code submitted} and launched on {@code e} at {@code launch} could have been. */
    private static long launched(ExecutorSlots e, long task, long submitted, long launch) {
        e.started(task, launch);
        return e.readyAt(task, submitted, launch);
    }

    /** A task that ran on {@code e} from {@code launch} until its executor was done with it at {@code end}. */
    private static void ran(ExecutorSlots e, long task, long launch, long end) {
        e.started(task, launch);
        e.ended(task, launch, end);
    }
}
