package dev.fmnist.nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Normalization;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.nn.arch.Activation;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.data.BatchSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    private static final List<String> LABELS = Datasets.FASHION.labelNames();

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
    void aNetworkInitializedForTrainingBatchesLoads() throws IOException {
        for (ModelSpec spec : List.of(ModelSpec.DEFAULT, ModelSpec.mlp(List.of(10), Activation.RELU))) {
            Path file = dir.resolve(spec + "-batch.model");
            try (Network trained = Network.create(manifest(spec), 3, 300)) {
                ModelFile.write(file, trained);
                try (Network loaded = ModelFile.read(file)) {
                    assertArrayEquals(probabilities(trained), probabilities(loaded));
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

    @Test
    void everyManifestValueIsChecked() throws IOException {
        Path good = dir.resolve("good.model");
        try (Network n = Network.create(manifest(ModelSpec.mlp(List.of(10), Activation.RELU)), 1)) {
            ModelFile.write(good, n);
        }
        String json = new String(entry(good, "manifest.json"), StandardCharsets.UTF_8);
        byte[] parameters = entry(good, "parameters");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(json.replace("\"rows\" : 28", "\"rows\" : -1"), "says -1x28 images");
        cases.put(json.replace("\"cols\" : 28", "\"cols\" : 1e10"), "\"cols\" is not a whole number");
        cases.put(json.replace("\"dataset\" : \"fashion\"", "\"dataset\" : \"cifar\""), "unknown dataset 'cifar'");
        cases.put(json.replace("\"name\" : \"mlp\"", "\"name\" : \"transformer\""), "unknown model 'transformer'");
        cases.put(json.replace("\"hidden\" : [ 10 ]", "\"hidden\" : [ 1000000000 ]"), "1 to 10000");
        cases.put(json.replace("\"hidden\" : [ 10 ]", "\"hidden\" : [ \"ten\" ]"), "not a layer size");
        cases.put(json.replace("\"hidden\" : [ 10 ]", "\"hidden\" : [ 10000, 10000, 10000 ]"), "at most 50000000");
        cases.put(json.replace("\"activation\" : \"relu\"", "\"activation\" : \"gelu\""), "unknown activation");
        cases.put(json.replace("\"T-shirt/top\",", ""), "not a list of the 10 class names");
        cases.put(json.replace("\"T-shirt/top\"", "\"\\u001b[2J\""), "other than a class name");
        cases.put(json.replaceFirst("\"std\" : [0-9.]+", "\"std\" : 0"), "must be positive");
        cases.put(json.replaceFirst("\"mean\" : [0-9.]+", "\"mean\" : \"x\""), "\"mean\" is not a finite number");
        cases.put(json.replaceFirst("\"rows\" : 28,", ""), "lacks \"rows\"");
        cases.put("null", "does not say format");
        int i = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertNotEquals(json, c.getKey(), c.getValue());
            Path file = dir.resolve("case" + i++ + ".model");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(c.getKey().getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("parameters"));
                zip.write(parameters);
            }
            assertBad(file, c.getValue());
        }
    }

    @Test
    void entriesAreBoundedAsTheyAreInflated() throws IOException {
        Path good = dir.resolve("good.model");
        try (Network n = Network.create(manifest(ModelSpec.mlp(List.of(10), Activation.RELU)), 1)) {
            ModelFile.write(good, n);
        }
        byte[] manifest = entry(good, "manifest.json");
        byte[] parameters = entry(good, "parameters");
        byte[] zeros = new byte[1 << 20];
        // a 200 MB manifest and 200 MB parameters, each a few hundred kilobytes deflated
        Path hugeManifest = dir.resolve("huge-manifest.model");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hugeManifest))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            for (int k = 0; k < 200; k++) {
                zip.write(zeros);
            }
        }
        assertBad(hugeManifest, "manifest.json holds more than 1048576 bytes");
        Path hugeParameters = dir.resolve("huge-parameters.model");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hugeParameters))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest);
            zip.putNextEntry(new ZipEntry("parameters"));
            zip.write(parameters);
            for (int k = 0; k < 200; k++) {
                zip.write(zeros);
            }
        }
        assertBad(hugeParameters, "its parameters are longer than the " + parameters.length + " bytes");
        // the same length, but the first array's declared shape changed: DJL must never see it
        byte[] reshaped = parameters.clone();
        int at = indexOf(reshaped, "NDAR".getBytes(StandardCharsets.US_ASCII)) + 20;
        reshaped[at] = 0x7F;
        Path badShape = dir.resolve("bad-shape.model");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(badShape))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest);
            zip.putNextEntry(new ZipEntry("parameters"));
            zip.write(reshaped);
        }
        assertBad(badShape, "byte " + at + " differs from its layout");
        Path shortParameters = dir.resolve("short.model");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(shortParameters))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest);
            zip.putNextEntry(new ZipEntry("parameters"));
            zip.write(parameters, 0, parameters.length - 1);
        }
        assertBad(shortParameters, "they end after");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
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
