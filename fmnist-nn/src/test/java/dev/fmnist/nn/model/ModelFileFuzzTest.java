package dev.fmnist.nn.model;

import dev.fmnist.data.testing.Fuzzing;
import dev.fmnist.data.testing.JsonMutations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the model-file reader: any file is a model or a {@link ModelFormatException} naming the problem. Inputs
 * are zips of a mutated manifest, mutated parameters, entries missing, repeated, reordered, extra or huge, and
 * whole zips with bytes changed.
 */
class ModelFileFuzzTest {
    private static final List<String> MANIFESTS = JsonMutations.seeds(ModelFileFuzzTest.class, "fuzz",
            "mlp-manifest.json", "cnn-manifest.json");
    private static byte[] parameters;

    @TempDir
    Path tmp;

    @BeforeAll
    static void parametersOfTheSeedModel() throws IOException {
        try (Network n = Network.create(ModelManifest.fromJson(MANIFESTS.get(0)), 1)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            n.block().saveParameters(out);
            out.flush();
            parameters = bytes.toByteArray();
        }
    }

    @Test
    void anyFileIsAModelOrAModelFormatException() {
        int[] run = {0};
        Fuzzing.check("model files", 60, random -> {
            Path file = tmp.resolve("fuzz" + run[0]++ + ".model");
            Files.write(file, random.nextInt(8) == 0 ? corrupt(zip(random), random) : zip(random));
            try (Network n = ModelFile.read(file)) {
                n.parameterCount();
            } catch (ModelFormatException expected) {
                // the reader's own error, naming the problem
            }
            Files.delete(file);
        });
    }

    private static byte[] zip(Random random) throws IOException {
        List<String> names = new ArrayList<>(List.of(ModelFile.MANIFEST, ModelFile.PARAMETERS));
        if (random.nextInt(6) == 0) {
            names.remove(random.nextInt(names.size()));
        }
        if (random.nextInt(6) == 0) {
            names.add(random.nextBoolean() ? "history.json" : "extra-" + random.nextInt(20));
        }
        Collections.shuffle(names, random);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                if (random.nextInt(20) == 0) {
                    zeros(zip, 4 + random.nextInt(8));
                } else if (name.equals(ModelFile.MANIFEST)) {
                    zip.write(JsonMutations.any(MANIFESTS, 3, random).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(random.nextInt(3) == 0 ? corrupt(parameters, random) : parameters);
                }
            }
        }
        return bytes.toByteArray();
    }

    /** Megabytes of zeros: a few kilobytes deflated. */
    private static void zeros(OutputStream out, int megabytes) throws IOException {
        byte[] mb = new byte[1 << 20];
        for (int i = 0; i < megabytes; i++) {
            out.write(mb);
        }
    }

    /** {@code bytes} with a few bytes changed, or cut short, or lengthened. */
    private static byte[] corrupt(byte[] bytes, Random random) {
        byte[] b = bytes.clone();
        switch (random.nextInt(4)) {
            case 0:
                return java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
            case 1:
                return java.util.Arrays.copyOf(b, b.length + 1 + random.nextInt(64));
            default:
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
        }
    }
}
