package dev.fmnist.spark;

import dev.fmnist.classic.features.PreparedDataset;
import dev.fmnist.classic.run.JobRunner;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.DatasetReader;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import dev.fmnist.estimator.FamilyRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The datasets of one executor JVM, loaded, verified and standardized once and kept for every job it runs (the
 * load is outside any job's timing). On a {@code local[N]} master the executor is the driver's JVM, which registers
 * the datasets it prepared and its families ({@link #register}), so nothing is loaded twice and the jobs see what
 * the local engine would; other executors use the standard families.
 */
final class ExecutorDatasets {
    /** By {@link ShippedDataset#key()}. */
    private static final Map<String, PreparedDataset> LOADED = new HashMap<>();
    private static FamilyRegistry families;

    private ExecutorDatasets() {
    }

    /** Makes the families and a dataset the driver prepared available to the jobs of this JVM. */
    static synchronized void register(FamilyRegistry driverFamilies, ShippedDataset shipped, PreparedDataset data) {
        families = driverFamilies;
        LOADED.put(shipped.key(), data);
    }

    /**
     * The runner of the jobs of these datasets, loading those not loaded yet.
     *
     * @param locate where a shipped file is on this node, by its shipped name ({@code SparkFiles.get})
     * @throws IOException when a file cannot be read or its content is not what the driver verified
     */
    static synchronized JobRunner runner(List<ShippedDataset> datasets, Function<String, Path> locate)
            throws IOException {
        List<PreparedDataset> prepared = new ArrayList<>();
        for (ShippedDataset d : datasets) {
            PreparedDataset p = LOADED.get(d.key());
            if (p == null) {
                p = PreparedDataset.standardize(load(d, locate));
                LOADED.put(d.key(), p);
            }
            prepared.add(p);
        }
        if (families == null) {
            families = FamilyRegistry.standard();
        }
        return new JobRunner(families, prepared);
    }

    /** Reads a shipped dataset's files, hashing each, and checks every hash against the driver's. */
    static Dataset load(ShippedDataset d, Function<String, Path> locate) throws IOException {
        Map<FileRole, Path> files = new EnumMap<>(FileRole.class);
        Map<FileRole, String> sources = new EnumMap<>(FileRole.class);
        for (FileRole role : FileRole.values()) {
            files.put(role, locate.apply(d.fileNames().get(role)));
            sources.put(role, "shipped by the Spark driver");
        }
        Map<FileRole, DatasetReader.ReadFile> read = DatasetReader.readAll(files);
        for (FileRole role : FileRole.values()) {
            String got = read.get(role).payloadSha256();
            if (!got.equals(d.sha256().get(role))) {
                throw new IOException(files.get(role) + ": content SHA-256 " + got + " differs from the driver's "
                        + d.sha256().get(role) + " for " + d.name() + " " + role.baseName()
                        + ": the file changed on its way; run again");
            }
        }
        return DatasetReader.assemble(Datasets.get(d.name()), read, sources);
    }
}
