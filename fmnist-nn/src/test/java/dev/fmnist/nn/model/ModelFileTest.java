package dev.fmnist.nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Normalization;
import dev.fmnist.nn.arch.Activation;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.data.BatchSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    private static final List<String> LABELS = List.of("a", "b", "c");

    @TempDir
    Path dir;

    private static ModelManifest manifest(ModelSpec spec) {
        return ModelManifest.of(spec, "fashion", LABELS, 28, 28, Normalization.standardize(72.9, 90.0));
    }

    /** Ten fixed pseudo-random images. */
    private static final BatchSource NOISE = new BatchSource() {
        @Override
        public int count() {
            return 10;
        }

        @Override
        public int features() {
            return 784;
        }

        @Override
        public int label(int i) {
            return i % 3;
        }

        @Override
        public void fill(int[] order, int from, int to, float[] out, SplittableRandom augment) {
            for (int k = from; k < to; k++) {
                SplittableRandom r = new SplittableRandom(order[k]);
                for (int j = 0; j < 784; j++) {
                    out[(k - from) * 784 + j] = (float) r.nextGaussian();
                }
            }
        }
    };

    private static float[] probabilities(Network n) {
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        return n.probabilities(NOISE, order, 0, 10, new float[10 * 784]);
    }

    @Test
    void savedAndLoadedModelsPredictIdentically() throws IOException {
        for (ModelSpec spec : List.of(ModelSpec.DEFAULT, ModelSpec.parse("resnet"),
                ModelSpec.mlp(List.of(10, 10), Activation.TANH))) {
            Path file = dir.resolve(spec + ".model");
            try (Network original = Network.create(manifest(spec), 42)) {
                ModelFile.write(file, original);
                try (Network loaded = ModelFile.read(file)) {
                    assertEquals(original.manifest().toJson(), loaded.manifest().toJson());
                    assertArrayEquals(probabilities(original), probabilities(loaded));
                }
            }
        }
    }

    @Test
    void sameSeedSameWeights() {
        try (Network a = Network.create(manifest(ModelSpec.DEFAULT), 7);
             Network b = Network.create(manifest(ModelSpec.DEFAULT), 7);
             Network c = Network.create(manifest(ModelSpec.DEFAULT), 8)) {
            assertArrayEquals(probabilities(a), probabilities(b));
            assertTrue(!Arrays.equals(probabilities(a), probabilities(c)));
        }
    }

    @Test
    void badFilesGiveClearErrors() throws IOException {
        Path good = dir.resolve("good.model");
        try (Network n = Network.create(manifest(ModelSpec.mlp(List.of(10), Activation.RELU)), 1)) {
            ModelFile.write(good, n);
        }
        byte[] bytes = Files.readAllBytes(good);

        assertBad(write("empty", new byte[0]), "not a zip file");
        assertBad(write("text", "hello, I am a text file".getBytes(StandardCharsets.UTF_8)), "not a zip file");
        assertBad(write("truncated", Arrays.copyOf(bytes, bytes.length / 2)), "");
        assertBad(zip("foreign", "readme.txt", "hi"), "lacks manifest.json");
        assertBad(zip("notjson", "manifest.json", "{oops"), "not JSON");
        assertBad(zip("otherformat", "manifest.json", "{\"format\":\"keras\"}"), "does not say format");
        String newer = manifest(ModelSpec.DEFAULT).toJson()
                .replace("\"format_version\" : 1", "\"format_version\" : 99");
        assertBad(zip("newer", "manifest.json", newer), "format version 99");

        // parameters of a 10-unit MLP under a manifest that says 100 units
        Path mismatched = dir.resolve("mismatched.model");
        try (Network n = Network.create(manifest(ModelSpec.mlp(List.of(100), Activation.RELU)), 1)) {
            ModelFile.write(mismatched, n);
        }
        Path swapped = dir.resolve("swapped.model");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(swapped))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(entry(mismatched, "manifest.json"));
            zip.putNextEntry(new ZipEntry("parameters"));
            zip.write(entry(good, "parameters"));
        }
        assertBad(swapped, "do not fit a mlp-100-relu network");
        assertThrows(java.nio.file.NoSuchFileException.class, () -> ModelFile.read(dir.resolve("missing.model")));
    }

    private static byte[] entry(Path zipFile, String name) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zipFile.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name + ".model"), content);
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path file = dir.resolve(name + ".model");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static void assertBad(Path file, String reason) {
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.read(file));
        assertTrue(e.getMessage().startsWith(file + " is not a usable fmnist model"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
