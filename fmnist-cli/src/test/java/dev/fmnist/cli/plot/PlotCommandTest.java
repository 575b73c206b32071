package dev.fmnist.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.results.Json;
import dev.fmnist.classic.results.ResultRecord;
import dev.fmnist.classic.results.RunEnvironment;
import dev.fmnist.classic.job.Job;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import dev.fmnist.cli.Cli;
import dev.fmnist.data.Fmnist;
import dev.fmnist.data.Normalization;
import dev.fmnist.data.Split;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.model.ModelFile;
import dev.fmnist.nn.model.ModelManifest;
import dev.fmnist.nn.model.Network;
import dev.fmnist.nn.train.EpochStats;
import dev.fmnist.nn.train.TrainingHistory;
import dev.fmnist.nn.train.TrainingRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist plot ...} end to end on small synthetic results files, a tiny network and the real test labels. */
class PlotCommandTest {
    private static final Configuration SVC = new Configuration("SVC", Map.of("C", 10.0, "kernel", "rbf"));
    private static final Configuration SVC_LINEAR = new Configuration("SVC", Map.of("C", 1.0, "kernel", "linear"));
    private static final Configuration NB = new Configuration("GaussianNB", Map.of("var_smoothing", 1e-9));
    private static Split fashionTest;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadLabels() throws IOException {
        fashionTest = Fmnist.load("fashion").test();
    }

    /** A result whose first repeat gets every {@code every}-th Fashion-MNIST test image wrong. */
    private static ResultRecord result(Configuration c, String dataset, int every, double fitSeconds) {
        int[][] confusion = new int[10][10];
        List<int[]> mistakes = new ArrayList<>();
        for (int i = 0; i < fashionTest.count(); i++) {
            int truth = fashionTest.label(i);
            int predicted = i % every == 0 ? (truth + 1) % 10 : truth;
            confusion[truth][predicted]++;
            if (predicted != truth) {
                mistakes.add(new int[] {i, predicted});
            }
        }
        double accuracy = 1 - (double) mistakes.size() / fashionTest.count();
        JobOutcome o = new JobOutcome(Job.of(c, dataset, 0), JobStatus.OK, accuracy, fitSeconds, 1, confusion,
                mistakes.toArray(new int[0][]), 1, 1_700_000_000L, 1_700_000_100L, null);
        return ResultRecord.of(List.of(o), Map.of(), "lib", null, RunEnvironment.current());
    }

    private Path results(String... lines) throws IOException {
        Path results = Files.createDirectories(dir.resolve("results"));
        Files.writeString(results.resolve("results.jsonl"), String.join("\n", lines) + "\n");
        return results;
    }

    private static String line(ResultRecord r) throws IOException {
        return Json.MAPPER.writeValueAsString(r);
    }

    private Path grid() throws IOException {
        return results(line(result(SVC, "fashion", 9, 400)), line(result(SVC_LINEAR, "fashion", 6, 900)),
                line(result(NB, "fashion", 3, 0.5)), line(result(SVC, "mnist", 50, 200)),
                line(result(NB, "mnist", 2, 0.4)));
    }

    private static BufferedImage png(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a drawn picture: " + colours.size() + " colours");
        return image;
    }

    private void assertOnlyFiles(Path folder, String... names) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(Set.of(names), new HashSet<>(files.map(p -> p.getFileName().toString()).toList()),
                    "nothing half-written left behind");
        }
    }

    @Test
    void paretoHasOnePanelPerDataset() throws IOException {
        Path out = dir.resolve("pareto.png");
        Cli.Result r = Cli.run("plot", "pareto", "--results", grid().toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.both());
        assertEquals("accuracy against fit time: 5 results in " + dir.resolve("results") + " -> " + out,
                r.out().strip());
        assertEquals("", r.err());
        assertEquals(2 * 960, png(out).getWidth());
    }

    @Test
    void confusionOfTheBestResultOfAFamilyOrAConfiguration() throws IOException {
        Path results = grid();
        Path out = dir.resolve("c.png");
        Cli.Result best = Cli.run("plot", "confusion", "--results", results.toString(), "--name", "SVC", "--out",
                out.toString());
        assertEquals(0, best.code(), best.both());
        assertTrue(best.out().startsWith("confusion matrix of SVC {C=10, kernel=rbf} on Fashion-MNIST test ->"),
                best.out());
        assertEquals(3 * 640, png(out).getWidth());

        Cli.Result chosen = Cli.run("plot", "confusion", "--results", results.toString(), "--name", "SVC",
                "--param", "kernel=linear", "--dataset", "fashion", "--out", out.toString());
        assertTrue(chosen.out().startsWith("confusion matrix of SVC {C=1, kernel=linear}"), chosen.both());
        Cli.Result byValue = Cli.run("plot", "confusion", "--results", results.toString(), "--param", "C=10.0",
                "--out", out.toString());
        assertTrue(byValue.out().startsWith("confusion matrix of SVC {C=10, kernel=rbf}"), "numbers by value: "
                + byValue.both());
        Cli.Result mnist = Cli.run("plot", "confusion", "--results", results.toString(), "--dataset", "mnist",
                "--out", out.toString());
        assertTrue(mnist.out().startsWith("confusion matrix of SVC {C=10, kernel=rbf} on MNIST test"), mnist.both());
    }

    @Test
    void unknownFamiliesDatasetsAndConfigurationsAreUsageErrors() throws IOException {
        Path results = grid();
        String out = dir.resolve("c.png").toString();
        Cli.Result family = Cli.run("plot", "confusion", "--results", results.toString(), "--name", "SVM", "--out",
                out);
        assertEquals(2, family.code(), family.both());
        assertTrue(family.err().startsWith("fmnist: --name SVM: " + results + " holds no result of it on fashion; "
                + "its families: SVC, GaussianNB"), family.err());
        Cli.Result dataset = Cli.run("plot", "confusion", "--results", results.toString(), "--dataset", "kmnist",
                "--out", out);
        assertEquals(2, dataset.code(), dataset.both());
        assertTrue(dataset.err().contains("holds results on fashion, mnist only"), dataset.err());
        Cli.Result param = Cli.run("plot", "confusion", "--results", results.toString(), "--param", "C=3",
                "--out", out);
        assertEquals(2, param.code(), param.both());
        assertTrue(param.err().startsWith("fmnist: no result on fashion with {C=3} in"), param.err());
        assertEquals(2, Cli.run("plot", "confusion", "--out", out).code(), "--results or --model");
        assertEquals(2, Cli.run("plot", "confusion", "--results", "r", "--model", "m", "--out", out).code());
        assertEquals(2, Cli.run("plot").code(), "which chart");
        assertEquals(2, Cli.run("plot", "pareto", "--results", results.toString()).code(), "--out is required");
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void malformedLinesAreSkippedWithOneWarning() throws IOException {
        Path results = results("{\"name\": ", line(result(NB, "fashion", 3, 0.5)), "garbage", "[]");
        Path out = dir.resolve("p.png");
        Cli.Result r = Cli.run("plot", "pareto", "--results", results.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.both());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("fmnist: warning: " + results.resolve("results.jsonl") + ": skipped 3 lines "
                + "that are not a result (line 1, 3, 4; line 1: "), r.err());
        assertTrue(Files.exists(out));
    }

    @Test
    void resultsDirectoriesWithoutResultsFailWithOneLine() throws IOException {
        Path empty = results("");
        String out = dir.resolve("p.png").toString();
        Cli.Result none = Cli.run("plot", "pareto", "--results", empty.toString(), "--out", out);
        assertEquals(1, none.code(), none.both());
        assertEquals("fmnist: " + empty.resolve("results.jsonl") + " holds no results; run 'fmnist benchmark --out "
                + empty + "' first", none.err().strip());
        Path junk = results("junk", "more junk");
        Cli.Result skipped = Cli.run("plot", "pareto", "--results", junk.toString(), "--out", out);
        assertEquals(1, skipped.code(), skipped.both());
        assertTrue(skipped.err().strip().endsWith("holds no results (all its lines were skipped); run 'fmnist "
                + "benchmark --out " + junk + "' first"), skipped.err());
        Cli.Result missing = Cli.run("plot", "pareto", "--results", dir.resolve("nowhere").toString(), "--out", out);
        assertEquals(1, missing.code(), missing.both());
        assertEquals("fmnist: " + dir.resolve("nowhere").resolve("results.jsonl") + ": no such results directory",
                missing.err().strip());
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void anOutputThatCannotBeWrittenFailsAndLeavesNothing() throws IOException {
        Path results = grid();
        Path file = Files.writeString(dir.resolve("file"), "not a folder");
        Cli.Result r = Cli.run("plot", "pareto", "--results", results.toString(), "--out",
                file.resolve("p.png").toString());
        assertEquals(1, r.code(), r.both());
        assertEquals("fmnist: cannot write --out " + file.resolve("p.png") + ": " + file + " is a file, not a "
                + "directory; choose a file in a directory you can write", r.err().strip());
        Path junk = Files.writeString(dir.resolve("junk.model"), "junk");
        Cli.Result first = Cli.run("plot", "mistakes", "--model", junk.toString(), "--out",
                file.resolve("m.png").toString());
        assertEquals(1, first.code(), first.both());
        assertTrue(first.err().startsWith("fmnist: cannot write --out "), "checked before the model is read: "
                + first.err());
        Files.delete(junk);
        Cli.Result folder = Cli.run("plot", "pareto", "--results", results.toString(), "--out", dir.toString());
        assertEquals(2, folder.code(), folder.both());
        assertTrue(folder.err().startsWith("fmnist: --out " + dir + " is a directory"), folder.err());
        assertOnlyFiles(dir, "results", "file");
    }

    @Test
    void theGalleryOfARecordedResultAndOfAResultWithoutMistakes() throws IOException {
        ObjectNode old = Json.MAPPER.valueToTree(result(NB, "fashion", 3, 0.5));
        old.remove("mistakes");
        Path results = results(line(result(SVC, "fashion", 9, 400)), old.toString());
        Path out = dir.resolve("m.png");
        Cli.Result svc = Cli.run("plot", "mistakes", "--results", results.toString(), "--name", "SVC", "--n", "20",
                "--out", out.toString());
        assertEquals(0, svc.code(), svc.both());
        assertTrue(svc.out().startsWith("1112 mistakes of SVC {C=10, kernel=rbf} on Fashion-MNIST test, first repeat"),
                svc.out());
        assertEquals(8 * 150, png(out).getWidth());
        Cli.Result nb = Cli.run("plot", "mistakes", "--results", results.toString(), "--name", "GaussianNB", "--out",
                out.toString());
        assertEquals(1, nb.code(), nb.both());
        assertTrue(nb.err().strip().endsWith("was recorded before the benchmark kept mistakes; run it again to "
                + "record them"), nb.err());
        assertEquals(2, Cli.run("plot", "mistakes", "--results", results.toString(), "--n", "0", "--out",
                out.toString()).code());
    }

    @Test
    void aResultWhoseMistakesAreNotMistakesIsADataError() throws IOException {
        ObjectNode bad = Json.MAPPER.valueToTree(result(SVC, "fashion", 9, 400));
        bad.putArray("mistakes").addArray().add(0).add(fashionTest.label(0));
        Cli.Result r = Cli.run("plot", "mistakes", "--results", results(bad.toString()).toString(), "--out",
                dir.resolve("m.png").toString());
        assertEquals(1, r.code(), r.both());
        assertTrue(r.err().contains("records a mistake that is not one on fashion test: [0, 9]"), r.err());
    }

    @Test
    void aConfusionMatrixOfAnotherSizeThanTheDatasetsClassesIsADataError() throws IOException {
        ObjectNode bad = Json.MAPPER.valueToTree(result(SVC, "fashion", 9, 400));
        bad.set("confusion", Json.MAPPER.readTree("[[5, 1, 0], [0, 6, 0], [1, 0, 7]]"));
        bad.set("per_class_accuracy", Json.MAPPER.readTree("[0.8, 1.0, 0.9]"));
        Cli.Result r = Cli.run("plot", "confusion", "--results", results(bad.toString()).toString(), "--out",
                dir.resolve("c.png").toString());
        assertEquals(1, r.code(), r.both());
        assertFalse(r.err().contains("unexpected error"), r.err());
        assertTrue(r.err().contains("has a 3x3 confusion matrix, but fashion has 10 classes"), r.err());
        assertOnlyFiles(dir, "results");
    }

    @Test
    void controlCharactersOfAResultsLineAreNotPrinted() throws IOException {
        ObjectNode line = Json.MAPPER.valueToTree(result(SVC, "fashion", 9, 400));
        line.put("name", "SVC\u001b[2J\u0007");
        Cli.Result r = Cli.run("plot", "confusion", "--results", results(line.toString()).toString(), "--out",
                dir.resolve("c.png").toString());
        assertEquals(0, r.code(), r.both());
        assertTrue(r.out().startsWith("confusion matrix of SVC?[2J? {"), r.out());
        assertTrue(r.out().strip().chars().noneMatch(Character::isISOControl), r.out());
    }

    @Test
    void chartsOfASavedNetwork() throws IOException {
        Path model = dir.resolve("tiny.model");
        ModelManifest manifest = ModelManifest.of(ModelSpec.parse("mlp-16"), "fashion", fashionTest.labelNames(),
                28, 28, Normalization.standardize(72.9, 90.0));
        try (Network network = Network.create(manifest, 3)) {
            ModelFile.write(model, network);
        }
        Path out = dir.resolve("n.png");
        Cli.Result confusion = Cli.run("plot", "confusion", "--model", model.toString(), "--out", out.toString());
        assertEquals(0, confusion.code(), confusion.both());
        assertTrue(confusion.out().startsWith("confusion matrix of mlp-16-relu (tiny.model) on Fashion-MNIST test ->"),
                confusion.out());
        assertEquals(3 * 640, png(out).getWidth());

        Cli.Result mistakes = Cli.run("plot", "mistakes", "--model", model.toString(), "--n", "16", "--out",
                out.toString());
        assertEquals(0, mistakes.code(), mistakes.both());
        assertTrue(mistakes.out().matches("\\d+ mistakes of mlp-16-relu \\(tiny.model\\) on Fashion-MNIST test "
                + "-> .*\\R"), mistakes.out());
        assertEquals(8 * 150, png(out).getWidth());

        Path junk = Files.writeString(dir.resolve("junk.model"), "junk");
        Cli.Result bad = Cli.run("plot", "mistakes", "--model", junk.toString(), "--out", out.toString());
        assertEquals(1, bad.code(), bad.both());
        assertEquals("fmnist: " + junk + " is not a usable fmnist model: it is not a zip file; save models with "
                + "fmnist train", bad.err().strip());
    }

    private static TrainingHistory history(boolean validationLoss) {
        TrainingHistory h = new TrainingHistory("fashion", "cnn, 3 epochs", List.of(), null);
        for (int e = 1; e <= 3; e++) {
            h = h.plus(new EpochStats(e, 0.6 / e, 0.8 + 0.03 * e, 0.81 + 0.03 * e, 1e-3, 40, 1500,
                    validationLoss ? 0.5 / e : null));
        }
        return h;
    }

    @Test
    void learningCurvesFromAHistoryOldOrNew() throws IOException {
        Path model = dir.resolve("cnn.model");
        TrainingRun.writeHistory(dir.resolve("cnn.model.history.json"), history(true));
        Path out = dir.resolve("h.png");
        Cli.Result r = Cli.run("plot", "history", "--model", model.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.both());
        assertEquals("learning curves of cnn.model.history.json -> " + out, r.out().strip());
        png(out);

        ObjectNode old = (ObjectNode) Json.MAPPER.readTree(history(false).toJson());
        old.withArray("epochs").forEach(e -> ((ObjectNode) e).remove("validation_loss"));
        Path oldFile = Files.writeString(dir.resolve("old.history.json"), old.toString());
        Cli.Result seconds = Cli.run("plot", "history", "--model", oldFile.toString(), "--x", "seconds", "--out",
                out.toString());
        assertEquals(0, seconds.code(), seconds.both());

        Path junk = Files.writeString(dir.resolve("junk.history.json"), "{\"epochs\": 3}");
        Cli.Result bad = Cli.run("plot", "history", "--model", junk.toString(), "--out", out.toString());
        assertEquals(1, bad.code(), bad.both());
        assertTrue(bad.err().startsWith("fmnist: " + junk + " is not a training history written by fmnist train ("),
                bad.err());
        assertEquals(1, bad.err().lines().count(), bad.err());
        for (String notAHistory : List.of("null", "{\"dataset\": \"fashion\"}")) {
            Path file = Files.writeString(dir.resolve("not.history.json"), notAHistory);
            Cli.Result notOne = Cli.run("plot", "history", "--model", file.toString(), "--out", out.toString());
            assertEquals(1, notOne.code(), notOne.both());
            assertEquals("fmnist: " + file + " is not a training history written by fmnist train (it has no "
                    + "epochs)", notOne.err().strip());
        }

        Cli.Result missing = Cli.run("plot", "history", "--model", dir.resolve("none.model").toString(), "--out",
                out.toString());
        assertEquals(1, missing.code(), missing.both());
        assertTrue(missing.err().contains("none.model.history.json: no training history here"), missing.err());
        Path folder = Files.createDirectory(dir.resolve("runs"));
        Cli.Result directory = Cli.run("plot", "history", "--model", folder.toString(), "--out", out.toString());
        assertEquals(1, directory.code(), directory.both());
        assertEquals("fmnist: " + folder + " is a directory; give a model file saved by fmnist train, or its "
                + "MODEL.history.json", directory.err().strip());
        assertEquals(2, Cli.run("plot", "history", "--model", model.toString(), "--x", "hours", "--out",
                out.toString()).code());
    }
}
