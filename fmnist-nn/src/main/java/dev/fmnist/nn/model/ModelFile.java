package dev.fmnist.nn.model;

import ai.djl.MalformedModelException;
import dev.fmnist.data.io.AtomicFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A saved model: one zip file with {@code manifest.json} (see {@link ModelManifest}) and {@code parameters} (the
 * network's parameters in DJL's format), and in checkpoints further entries. Written atomically.
 */
public final class ModelFile {
    static final String MANIFEST = "manifest.json";
    static final String PARAMETERS = "parameters";
    /** The largest manifest read (a real one is under a kilobyte). */
    static final int MAX_MANIFEST_BYTES = 1 << 20;
    /** The most entries besides the manifest and the parameters (a checkpoint has two). */
    static final int MAX_EXTRA_ENTRIES = 8;

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
     * Loads a saved model and collects its further entries into {@code extras}. Every entry is read with a bound
     * counted on the bytes themselves (never the sizes a zip header declares), the manifest is checked value by
     * value, and the parameters byte by byte against the layout of the network the manifest describes.
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
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ModelFormatException(file, startsAsZip(file) ? "it is a damaged zip file (" + e.getMessage() + ")"
                    : "it is not a zip file; save models with fmnist train", e);
        }
        try (zip) {
            return read(file, zip, extras);
        } catch (ZipException e) {
            throw new ModelFormatException(file, "it is a damaged zip file (" + e.getMessage() + ")", e);
        }
    }

    private static Network read(Path file, ZipFile zip, Map<String, byte[]> extras) throws IOException {
        ModelManifest manifest;
        try {
            manifest = ModelManifest.fromJson(new String(entry(file, zip, MANIFEST, MAX_MANIFEST_BYTES),
                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(file, e.getMessage(), e);
        }
        ZipEntry parameters = zip.getEntry(PARAMETERS);
        if (parameters == null) {
            throw new ModelFormatException(file, "it lacks " + PARAMETERS);
        }
        ParameterLayout layout = ParameterLayout.of(manifest);
        Network network = Network.create(manifest, 0);
        try {
            String kind = "a " + manifest.spec() + " network";
            try (InputStream raw = zip.getInputStream(parameters);
                 InputStream in = layout.check(raw, problem -> new ModelFormatException(file, "its parameters do not fit "
                         + kind + " (" + problem + ")"))) {
                network.block().loadParameters(network.model().getNDManager(), new DataInputStream(in));
                if (raw.read() >= 0) {
                    throw new ModelFormatException(file, "its parameters are longer than the " + layout.length()
                            + " bytes of " + kind);
                }
            }
            collectExtras(file, zip, MAX_MANIFEST_BYTES + 3 * layout.length(), extras);
            return network;
        } catch (ModelFormatException | ZipException e) {
            network.close();
            throw e;
        } catch (MalformedModelException | IOException | RuntimeException e) {
            network.close();
            throw new ModelFormatException(file, "its parameters do not fit a " + manifest.spec() + " network ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Every entry besides the manifest and the parameters, each at most {@code limit} bytes. */
    private static void collectExtras(Path file, ZipFile zip, long limit, Map<String, byte[]> extras)
            throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
            if (e.getName().equals(MANIFEST) || e.getName().equals(PARAMETERS)) {
                continue;
            }
            if (found.size() == MAX_EXTRA_ENTRIES) {
                throw new ModelFormatException(file, "it has more than " + MAX_EXTRA_ENTRIES + " further entries");
            }
            found.put(e.getName(), entry(file, zip, e.getName(), limit));
        }
        extras.putAll(found);
    }

    /** The bytes of an entry, counted as they are inflated: at most {@code limit}. */
    private static byte[] entry(Path file, ZipFile zip, String name, long limit) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new ModelFormatException(file, "it lacks " + name);
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ModelFormatException(file, "its entry " + name + " holds more than " + limit
                        + " bytes; a model's does not");
            }
            return bytes;
        }
    }

    private static boolean startsAsZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }
}
