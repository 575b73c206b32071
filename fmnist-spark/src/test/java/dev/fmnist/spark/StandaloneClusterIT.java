package dev.fmnist.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Spark engine on a real standalone cluster on this machine ({@link StandaloneCluster}: a master and two
 * one-core workers, separate JVMs on 127.0.0.1): a small grid submitted with {@code SparkSubmit} from a driver JVM of
 * its own, one worker killed with SIGKILL once the first job is recorded. The grid must complete with every job
 * recorded once and the same results (accuracies, confusion matrices, seeds) as the local engine's run of it.
 * <p>{@code bench/spark-standalone.sh} runs this test with another grid ({@code -Dfmnist.standalone.grid=FILE}),
 * repeats ({@code -Dfmnist.standalone.repeats=N}) and Spark settings ({@code -Dfmnist.standalone.conf="KEY=VALUE
 * ..."}); every run leaves its logs, results and a report (wall times, the engine's scheduling line) in
 * {@code target/standalone-cluster/}.
 */
class StandaloneClusterIT {
    private static final String GRID = """
            {"common": {}, "classifiers": {
              "GaussianNB": [{"priors": [[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]]}],
              "DecisionTreeClassifier": [{"criterion": ["gini", "entropy"], "max_depth": [2, 3]}]}}
            """;
    private static final long FIRST_JOB_MINUTES = 10;
    private static final long GRID_MINUTES = 20;

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void aGridCompletesWithAWorkerKilledEveryJobOnceAndTheLocalEnginesResults() throws Exception {
        Path work = Path.of("target", "standalone-cluster").toAbsolutePath();
        delete(work);
        Files.createDirectories(work);
        String gridFile = System.getProperty("fmnist.standalone.grid");
        Path grid = Files.writeString(work.resolve("grid.json"),
                gridFile == null || gridFile.isBlank() ? GRID : Files.readString(Path.of(gridFile)));
        String repeats = System.getProperty("fmnist.standalone.repeats", "2");
        List<String> benchmark = List.of("--config", grid.toString(), "--repeats", repeats, "--workers", "2");
        Path jar = Path.of(System.getProperty("fmnist.spark.jar"));
        assertTrue(Files.isRegularFile(jar), "the cluster jar " + jar + " is built by the package phase");
        List<String> report = new ArrayList<>();

        // the local engine's run, in this JVM (which also fills the tests' dataset cache for the driver)
        Path local = work.resolve("local");
        long t0 = System.nanoTime();
        ByteArrayOutputStream localLog = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(localLog, true, StandardCharsets.UTF_8)) {
            List<String> args = new ArrayList<>(List.of("benchmark", "--out", local.toString()));
            args.addAll(benchmark);
            assertEquals(0, Main.run(args.toArray(String[]::new), out, out), localLog.toString(StandardCharsets.UTF_8));
        }
        double localSeconds = (System.nanoTime() - t0) / 1e9;

        Path spark = work.resolve("spark");
        Path cluster = work.resolve("cluster");
        double sparkSeconds;
        try (StandaloneCluster c = StandaloneCluster.start(cluster, 2)) {
            List<String> submit = new ArrayList<>();
            for (String conf : System.getProperty("fmnist.standalone.conf", "").trim().split("\\s+")) {
                if (!conf.isEmpty()) {
                    submit.addAll(List.of("--conf", conf));
                }
            }
            submit.addAll(List.of("--class", SparkSubmitMain.class.getName(), jar.toString(), "--out",
                    spark.toString()));
            submit.addAll(benchmark);
            long t1 = System.nanoTime();
            Process driver = c.submit("driver", submit);
            Path journal = spark.resolve("repeats.jsonl");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(FIRST_JOB_MINUTES);
            while (driver.isAlive() && System.nanoTime() < deadline
                    && (!Files.exists(journal) || Files.size(journal) == 0)) {
                Thread.sleep(200);
            }
            assertTrue(driver.isAlive(), "the driver ended before the first job was recorded: " + log(cluster));
            c.killWorker(0);
            report.add(String.format(Locale.ROOT, "killed worker 1 with SIGKILL after %.0f s, once the first job was "
                    + "recorded", (System.nanoTime() - t1) / 1e9));
            assertTrue(driver.waitFor(GRID_MINUTES, TimeUnit.MINUTES), "the grid did not complete in " + GRID_MINUTES
                    + " minutes: " + log(cluster));
            sparkSeconds = (System.nanoTime() - t1) / 1e9;
            assertEquals(0, driver.exitValue(), log(cluster));
        }

        Map<String, Integer> jobs = RecordedResults.jobsRecorded(spark);
        List<String> twice = jobs.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        Map<String, String> onSpark = RecordedResults.byConfiguration(spark);
        Map<String, String> onLocal = RecordedResults.byConfiguration(local);
        report.add(String.format(Locale.ROOT, "%d configurations, %d jobs on the cluster; recorded twice: %d; results "
                + "equal to the local engine's: %s", onSpark.size(), jobs.size(), twice.size(), onSpark.equals(onLocal)));
        report.add(String.format(Locale.ROOT, "wall time: standalone cluster (2 workers x 1 core, one killed) %.1f s; "
                + "local engine %.1f s", sparkSeconds, localSeconds));
        report.addAll(Files.readAllLines(cluster.resolve("driver.log")).stream()
                .filter(l -> l.startsWith("Spark ")).distinct().toList());
        Files.write(work.resolve("report.txt"), report);
        report.forEach(System.out::println);

        assertFalse(onSpark.isEmpty(), log(cluster));
        assertEquals(List.of(), twice, "jobs recorded more than once");
        assertEquals(onLocal, onSpark);
    }

    /** The driver's log, the last lines, for a failure's message. */
    private static String log(Path cluster) throws IOException {
        List<String> lines = Files.readAllLines(cluster.resolve("driver.log"));
        return "driver.log (" + cluster + "): ...\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                        .collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
        }
    }
}
