package dev.fmnist.classic.models.svm;

import dev.fmnist.classic.models.FashionSubset;
import dev.fmnist.data.progress.Progress;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVC family on real images and its parameter and label checks. */
class SVCTest {
    @Test
    void learnsRealImagesTheSameOnAnyNumberOfThreads() {
        Map<String, Object> params = Map.of("C", 10.0, "kernel", "rbf");
        var s = FashionSubset.get();
        int[] twoThreads = FashionSubset.predictions(new SVC(), params, 1);
        assertTrue(s.accuracy(twoThreads) > 0.78, "accuracy " + s.accuracy(twoThreads));
        int[] oneThread = new SVC().trainer(params).fit(s.train(), s.trainY(), 10, 1, 1, Progress.NONE)
                .predict(s.test(), 1);
        assertArrayEquals(twoThreads, oneThread);
    }

    @Test
    void classesAbsentFromTrainingAreNeverPredicted() {
        SyntheticBlobs blobs = SyntheticBlobs.of(2, 30, 5, 0.5, 2);
        int[] y = blobs.y().clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] == 0 ? 1 : 3;
        }
        int[] predicted = new SVC().trainer(Map.of()).fit(blobs.x(), y, 5, 1, 1, Progress.NONE).predict(blobs.x(), 1);
        assertArrayEquals(y, predicted);
    }

    @Test
    void rejectsOneClassAndNegativeDegree() {
        SyntheticBlobs blobs = SyntheticBlobs.of(1, 10, 3, 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SVC().trainer(Map.of()).fit(blobs.x(), blobs.y(), 10, 1, 1, Progress.NONE));
        assertEquals("SVC needs at least two classes in the training labels, got only class 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SVC().trainer(Map.of("degree", -1)));
    }
}
