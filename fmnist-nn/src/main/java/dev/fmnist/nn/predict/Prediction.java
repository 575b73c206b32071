package dev.fmnist.nn.predict;

import dev.fmnist.data.Normalization;
import dev.fmnist.nn.data.BatchSource;
import dev.fmnist.nn.model.Network;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** The classes a network sees in one image, most probable first. */
public final class Prediction {
    /** One class and its probability. */
    public record ClassProbability(int label, String name, double probability) {
    }

    private Prediction() {
    }

    /**
     * The {@code k} most probable classes of one image.
     *
     * @param pixels {@code rows x cols} unsigned bytes, as in the dataset
     */
    public static List<ClassProbability> top(Network network, byte[] pixels, int k) {
        int n = pixels.length;
        if (n != network.manifest().rows() * network.manifest().cols()) {
            throw new IllegalArgumentException(n + " pixels, but the model takes " + network.manifest().rows() + "x"
                    + network.manifest().cols() + " images");
        }
        Normalization norm = network.manifest().normalization();
        BatchSource one = new BatchSource() {
            @Override
            public int count() {
                return 1;
            }

            @Override
            public int features() {
                return n;
            }

            @Override
            public int label(int i) {
                return 0;
            }

            @Override
            public void fill(int[] order, int from, int to, float[] out, SplittableRandom augment) {
                norm.convert(pixels, 0, out, 0, n);
            }
        };
        float[] p = network.probabilities(one, new int[] {0}, 0, 1, new float[n]);
        List<ClassProbability> all = new ArrayList<>();
        for (int c = 0; c < p.length; c++) {
            all.add(new ClassProbability(c, network.manifest().labelNames().get(c), p[c]));
        }
        all.sort(Comparator.comparingDouble(ClassProbability::probability).reversed());
        return all.subList(0, Math.min(k, all.size()));
    }
}
