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
        one.started(3, 949);
        one.ended(3, 949, 949 + 93 + 1305);
        one.started(4, 2415);
        assertEquals(2347, one.readyAt(4, 1154, 2415));
    }

    @Test
    void aJobQueuedBehindAnotherCountsFromTheSlotItGotNotTheOneTheOtherJobTook() {
        ExecutorSlots one = new ExecutorSlots(1);
        one.started(1, 0);
        one.ended(1, 0, 1000);
        one.started(2, 1010);      // submitted at 100, the first in line
        one.ended(2, 1010, 2000);
        one.started(3, 2020);      // submitted at 200, behind job 2
        assertEquals(2000, one.readyAt(3, 200, 2020));
        assertEquals(1000, one.readyAt(2, 100, 1010));
    }

    @Test
    void aJobSubmittedWhileASlotWasFreeCountsFromItsSubmission() {
        ExecutorSlots two = new ExecutorSlots(2);
        two.started(1, 0);         // still running
        two.started(2, 500);
        assertEquals(400, two.readyAt(2, 400, 500));
    }

    @Test
    void theFirstTaskOnAnExecutorIsToldApart() {
        ExecutorSlots e = new ExecutorSlots(1);
        e.started(7, 10);
        e.ended(7, 10, 20);
        e.started(8, 30);
        assertTrue(e.first(7));
        assertFalse(e.first(8));
    }

    @Test
    void tasksThatEndedBeforeTheOldestWaitingSubmissionAreForgotten() {
        ExecutorSlots one = new ExecutorSlots(1);
        one.started(1, 0);
        one.ended(1, 0, 100);
        one.forgetBefore(150);
        one.started(2, 300);
        assertEquals(200, one.readyAt(2, 200, 300));
    }
}
