package dev.fmnist.classic.models.svm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** LIBSVM's one-vs-one vote, problems in the order (0,1), (0,2), (1,2), ... */
class OneVsOneVoteTest {
    @Test
    void positiveDecisionVotesForTheFirstClassOfTheProblem() {
        assertEquals(2, OneVsOneModel.vote(new double[]{1, -1, -1}, 0, 3));
        assertEquals(0, OneVsOneModel.vote(new double[]{1, 1, -1}, 0, 3));
        assertEquals(1, OneVsOneModel.vote(new double[]{-1, 1, 1}, 0, 3));
    }

    @Test
    void aZeroDecisionVotesForTheSecondClass() {
        assertEquals(1, OneVsOneModel.vote(new double[]{0}, 0, 2));
    }

    @Test
    void tiesGoToTheFirstClassWithTheMostVotes() {
        // 0 beats 1, 1 beats 2, 2 beats 0: one vote each
        assertEquals(0, OneVsOneModel.vote(new double[]{1, -1, 1}, 0, 3));
        // four classes, offset into a longer array: 1 and 3 have two votes each, 0 and 2 one each
        double[] d = {9, -1, 1, -1, 1, -1, 1};
        assertEquals(1, OneVsOneModel.vote(d, 1, 4));
    }
}
