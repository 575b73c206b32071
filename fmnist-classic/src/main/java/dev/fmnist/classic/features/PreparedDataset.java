package dev.fmnist.classic.features;

import dev.fmnist.estimator.FeatureMatrix;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.FileProvenance;
import dev.fmnist.data.Split;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset ready for the classical benchmark: train and test pixels standardized with a {@link StandardScaler}
 * fitted on the training split (as the original benchmark), labels as ints, and the dataset's payload checksums.
 *
 * @param name          the dataset's command-line name, for example {@code fashion}
 * @param title         its own name, for example {@code Fashion-MNIST}
 * @param labelNames    the class names in label order
 * @param trainX        standardized training features
 * @param trainY        training labels
 * @param testX         standardized test features
 * @param testY         test labels
 * @param payloadSha256 SHA-256 of each file's decompressed content, by file base name
 */
public record PreparedDataset(String name, String title, List<String> labelNames, FeatureMatrix trainX, int[] trainY,
                              FeatureMatrix testX, int[] testY, Map<String, String> payloadSha256) {
    public PreparedDataset {
        labelNames = List.copyOf(labelNames);
        payloadSha256 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(payloadSha256));
    }

    /** Standardizes a loaded dataset. */
    public static PreparedDataset standardize(Dataset d) {
        StandardScaler scaler = StandardScaler.fit(d.train());
        Map<String, String> sha = new LinkedHashMap<>();
        for (FileProvenance p : d.provenance()) {
            sha.put(p.role().baseName(), p.payloadSha256());
        }
        return new PreparedDataset(d.name(), d.spec().title(), d.labelNames(), scaler.transform(d.train()),
                labels(d.train()), scaler.transform(d.test()), labels(d.test()), sha);
    }

    /** Number of classes. */
    public int classCount() {
        return labelNames.size();
    }

    /** Bytes held by the features and labels. */
    public long bytes() {
        return 4L * (trainX.data().length + testX.data().length + trainY.length + testY.length);
    }

    private static int[] labels(Split s) {
        int[] y = new int[s.count()];
        Arrays.setAll(y, s::label);
        return y;
    }
}
