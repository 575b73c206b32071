package dev.fmnist.spark;

import dev.fmnist.classic.features.PreparedDataset;
import dev.fmnist.classic.run.JobExecutor;
import dev.fmnist.classic.run.JobExecutorFactory;
import dev.fmnist.data.FileProvenance;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * The {@code spark} engine: starts a Spark application on a master ({@code --master}, else the one
 * {@code spark-submit} set, else {@code local[N]} with N this machine's cores) configured for the benchmark, and
 * ships the datasets to its executors. Found by {@link JobExecutorFactory#named} through {@code ServiceLoader}.
 * <p>Settings it makes (a {@code spark-submit --conf} of the same key wins, except speculation): FAIR scheduling,
 * speculation off (no job trained twice), {@code spark.task.cpus} the threads of each job, the web UI off, and on a
 * local or loopback master the driver bound to 127.0.0.1.
 */
public final class SparkEngine implements JobExecutorFactory {
    /** How long the driver waits for a standalone master to accept a connection before giving up. */
    private static final int CONNECT_TIMEOUT_MS = 5000;
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\d+|\\*)(?:,\\d+)?])?");
    private static final Pattern STANDALONE = Pattern.compile("spark://(.+)");

    @Override
    public String engine() {
        return "spark";
    }

    @Override
    public JobExecutor open(Run run) throws IOException {
        SparkConf conf = new SparkConf();
        String master = run.master() != null ? run.master() : conf.get("spark.master", "local[" + run.cores() + "]");
        reachable(master);
        Matcher local = LOCAL.matcher(master);
        boolean isLocal = local.matches();
        boolean userTaskCpus = conf.contains("spark.task.cpus");
        int cores = isLocal ? localCores(local, run.cores()) : 0;
        int threads = userTaskCpus ? conf.getInt("spark.task.cpus", 1)
                : isLocal ? Math.max(1, cores / run.workers()) : 1;
        conf.setMaster(master)
                .setIfMissing("spark.app.name", "fmnist benchmark")
                .setIfMissing("spark.scheduler.mode", "FAIR")
                .set("spark.speculation", "false")
                .set("spark.task.cpus", Integer.toString(threads))
                .setIfMissing("spark.task.maxFailures", "4")
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.executor.extraJavaOptions", JavaModuleOptions.defaultModuleOptions());
        if (isLocal || master.contains("://127.0.0.1:") || master.contains("://localhost:")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        if (!isLocal && !conf.contains("spark.jars")) {
            clusterJar().ifPresent(jar -> conf.set("spark.jars", jar.toString()));
        }
        JavaSparkContext sc;
        try {
            sc = new JavaSparkContext(conf);
        } catch (RuntimeException | Error e) {
            throw new EngineException("cannot start Spark on " + master + ": " + SparkFailures.oneLine(e), e);
        }
        try {
            sc.setLogLevel("ERROR");
            List<ShippedDataset> shipped = new ArrayList<>();
            for (PreparedDataset d : run.datasets()) {
                List<FileProvenance> files = run.files().get(d.name());
                ShippedDataset s = ShippedDataset.of(d.name(), files);
                if (isLocal) {
                    ExecutorDatasets.register(run.families(), s, d);
                } else {
                    ship(sc, d.name(), files);
                }
                shipped.add(s);
            }
            int slots = run.workers();
            // on local[N], the jobs get the threads the local engine would give them: the last ones the whole machine
            int sharedCores = userTaskCpus ? 0 : cores;
            String shared = sharedCores == 0 ? "" : ", more for the last jobs as on the local engine";
            run.log().accept(String.format(Locale.ROOT, "Spark %s on %s: %d job%s at once (--workers), %d thread%s each "
                            + "(spark.task.cpus)%s, FAIR pool fmnist", sc.version(), master, slots, slots == 1 ? "" : "s",
                    threads, threads == 1 ? "" : "s", shared));
            return new SparkJobExecutor(sc, "fmnist", new RunJob(shipped), threads, sharedCores, slots,
                    run.timeLimit(), run.log());
        } catch (IOException | RuntimeException e) {
            sc.stop();
            throw e instanceof IOException io ? io
                    : new EngineException("cannot prepare Spark on " + master + ": " + SparkFailures.oneLine(e), e);
        }
    }

    /** The cores of a {@code local[N]} master ({@code local}: 1, {@code local[*]}: this machine's). */
    private static int localCores(Matcher local, int cores) {
        String n = local.group(1);
        return n == null ? 1 : n.equals("*") ? cores : Integer.parseInt(n);
    }

    /** For a standalone master, fails at once with a clear message when none of its addresses accepts a connection. */
    private static void reachable(String master) throws IOException {
        Matcher m = STANDALONE.matcher(master);
        if (!m.matches()) {
            return;
        }
        String why = "";
        for (String hostPort : m.group(1).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            if (colon < 0) {
                throw new EngineException("--master " + master + ": expected spark://HOST:PORT", null);
            }
            int port;
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new EngineException("--master " + master + ": the port of " + hostPort + " is not a number", e);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(hostPort.substring(0, colon), port), CONNECT_TIMEOUT_MS);
                return;
            } catch (InterruptedIOException e) {
                why = "no answer in " + CONNECT_TIMEOUT_MS / 1000 + " s";
            } catch (IOException | IllegalArgumentException e) {
                why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        throw new EngineException("cannot reach the Spark master " + master + " (" + why + "): start it, or check "
                + "--master", null);
    }

    /** Ships a dataset's files to every executor under names unique across datasets. */
    private static void ship(JavaSparkContext sc, String dataset, List<FileProvenance> files) throws IOException {
        for (Path p : staged(dataset, files)) {
            sc.addFile(p.toString());
        }
    }

    /**
     * A dataset's files under the names they are shipped by, in a temporary folder: hard links, else copies, never
     * symbolic links, which Spark would resolve and ship under their targets' names.
     */
    static List<Path> staged(String dataset, List<FileProvenance> files) throws IOException {
        Path dir = Files.createTempDirectory("fmnist-spark-");
        dir.toFile().deleteOnExit();
        List<Path> staged = new ArrayList<>();
        for (FileProvenance f : files) {
            Path link = dir.resolve(ShippedDataset.shippedName(dataset, f));
            try {
                Files.createLink(link, f.path());
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(f.path(), link);
            }
            link.toFile().deleteOnExit();
            staged.add(link);
        }
        return staged;
    }

    /** The jar this class came from, when it is one: the cluster jar, which holds all of fmnist. */
    private static Optional<Path> clusterJar() {
        try {
            Path p = Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
