package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.data.Split;
import dev.fmnist.viz.embed.ImageSelection;
import dev.fmnist.viz.embed.Pca;
import dev.fmnist.viz.embed.PcaModel;
import java.util.Arrays;
import java.util.List;

/** The map shown when no {@code fmnist embed} file was given: the exact PCA of a dataset's test images. */
final class PcaMap {
    private PcaMap() {
    }

    /** The two leading principal coordinates of every test image, as a page entry. */
    static ObjectNode of(ObjectMapper json, String dataset, Split test) {
        ImageSelection images = ImageSelection.all(List.of(test));
        PcaModel pca = Pca.fit(images.rows(), 2, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        double[] xy = pca.project(images.rows());
        int n = images.count();
        int[] index = new int[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            index[i] = images.index(i);
            x[i] = xy[2 * i];
            y[i] = xy[2 * i + 1];
        }
        String[] split = new String[n];
        Arrays.fill(split, "test");
        ObjectNode node = EmbeddingEntries.of(json, "pca-" + dataset + "-test", dataset, "pca", 0, index, split,
                images.labels(), x, y);
        node.put("computed", true);
        return node;
    }
}
