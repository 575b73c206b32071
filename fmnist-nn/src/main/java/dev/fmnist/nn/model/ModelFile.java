package dev.fmnist.nn.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.types.Shape;
import dev.fmnist.data.io.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A saved model: one zip file with {@code manifest.json} (see {@link ModelManifest}) and {@code parameters} (the
 * network's parameters in DJL's format), and in checkpoints further entries. Written atomically.
 */
public final class ModelFile {
    static final String MANIFEST = "manifest.json";
    static final String PARAMETERS = "parameters";

    private ModelFile() {
    }

    /** Saves {@code network} to {@code file}, with {@code extras} (name to content) as further entries. */
    public static void write(Path file, Network network, Map<String, AtomicFiles.Content> extras) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(network.manifest().toJson().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(PARAMETERS));
            DataOutputStream data = new DataOutputStream(zip);
            network.block().saveParameters(data);
            data.flush();
            for (Map.Entry<String, AtomicFiles.Content> e : extras.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                e.getValue().writeTo(zip);
            }
            zip.finish();
        });
    }

    /** Saves {@code network} to {@code file}. */
    public static void write(Path file, Network network) throws IOException {
        write(file, network, Map.of());
    }

    /** Loads a saved model. */
    public static Network read(Path file) throws IOException {
        return read(file, new LinkedHashMap<>());
    }

    /**
     * Loads a saved model and collects its further entries into {@code extras}.
     *
     * @throws ModelFormatException when the file is not a complete fmnist model
     */
    public static Network read(Path file, Map<String, byte[]> extras) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory; give a model file saved by fmnist train");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such model file");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new ModelFormatException(file, "it is a damaged zip file (" + e.getMessage() + ")", e);
        }
        if (entries.isEmpty()) {
            throw new ModelFormatException(file, "it is not a zip file; save models with fmnist train");
        }
        byte[] manifestBytes = entries.remove(MANIFEST);
        byte[] parameters = entries.remove(PARAMETERS);
        if (manifestBytes == null) {
            throw new ModelFormatException(file, "it lacks " + MANIFEST);
        }
        ModelManifest manifest;
        try {
            manifest = ModelManifest.fromJson(new String(manifestBytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(file, e.getMessage(), e);
        }
        if (parameters == null) {
            throw new ModelFormatException(file, "it lacks " + PARAMETERS);
        }
        Network network = Network.create(manifest, 0);
        try {
            List<Shape> expected = shapes(network);
            network.block().loadParameters(network.model().getNDManager(),
                    new DataInputStream(new ByteArrayInputStream(parameters)));
            if (!expected.equals(shapes(network))) {
                throw new MalformedModelException("parameter shapes " + shapes(network) + ", expected " + expected);
            }
        } catch (MalformedModelException | IOException | RuntimeException e) {
            network.close();
            throw new ModelFormatException(file, "its parameters do not fit a " + manifest.spec() + " network ("
                    + e.getMessage() + ")", e);
        }
        extras.putAll(entries);
        return network;
    }

    private static List<Shape> shapes(Network network) {
        return network.block().getParameters().values().stream().map(p -> p.getArray().getShape()).toList();
    }
}
