package dev.fmnist.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.data.Dataset;
import dev.fmnist.data.Split;
import dev.fmnist.data.registry.Datasets;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NetworkCommandsTest {
    @TempDir
    Path dir;

    /** A synthetic Fashion-MNIST look-alike: class c is a bright horizontal band at rows 2c..2c+5, with noise. */
    private static Split bands(String name, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] images = new byte[n * 784];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = i % 10;
            labels[i] = (byte) c;
            for (int p = 0; p < 784; p++) {
                int row = p / 28;
                boolean band = row >= 2 * c + 2 && row < 2 * c + 7;
                images[i * 784 + p] = (byte) (band ? 150 + rnd.nextInt(100) : rnd.nextInt(60));
            }
        }
        return new Split(name, images, labels, 28, 28, Datasets.FASHION.labelNames());
    }

    private static final Dataset DATA = new Dataset(Datasets.FASHION, bands("train", 1000, 1), bands("test", 200, 2),
            List.of());

    private record Run(int code, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void trainEvaluateAndPredict() throws IOException {
        DatasetLoader loader = name -> DATA;
        Path model = dir.resolve("bands.model");
        Run train = run(new TrainCommand(loader), "fashion", "--model", "mlp-32", "--epochs", "2", "--batch", "50",
                "--out", model.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("test accuracy"), train.out());
        assertTrue(Files.exists(model) && Files.exists(dir.resolve("bands.model.history.json")));
        assertTrue(!Files.exists(dir.resolve("bands.model.checkpoint")), "checkpoint removed after the run");

        Run eval = run(new EvaluateCommand(loader), "--model", model.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = new ObjectMapper().readTree(eval.out());
        assertTrue(json.get("accuracy").asDouble() > 0.9, eval.out());
        assertEquals(10, json.get("per_class").size());
        assertEquals(10, json.get("confusion").size());
        assertEquals(200, json.get("count").asInt());

        Run text = run(new EvaluateCommand(loader), "--model", model.toString());
        assertTrue(text.out().contains("accuracy") && text.out().contains("Ankle boot"), text.out());

        Run byIndex = run(new PredictCommand(loader), "--model", model.toString(), "--index", "3");
        assertEquals(0, byIndex.code(), byIndex.err());
        assertTrue(byIndex.out().contains("labelled Dress"), byIndex.out());
        assertEquals("3 Dress", byIndex.out().lines().skip(1).findFirst().orElseThrow().substring(9));

        BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 100);
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, 80, 80);
        g.dispose();
        Path png = dir.resolve("square.png");
        ImageIO.write(img, "png", png.toFile());
        Run byImage = run(new PredictCommand(loader), "--model", model.toString(), "--image", png.toString(),
                "--top", "2");
        assertEquals(0, byImage.code(), byImage.err());
        assertEquals(3, byImage.out().lines().count(), byImage.out());
    }

    @Test
    void mistakesGiveOneLineErrorsAndExitCodes() throws IOException {
        DatasetLoader loader = name -> DATA;
        Run unknownModel = run(new TrainCommand(loader), "fashion", "--model", "vgg");
        assertEquals(2, unknownModel.code());
        assertTrue(unknownModel.err().startsWith("fmnist train: unknown model 'vgg'"), unknownModel.err());
        assertEquals(1, unknownModel.err().lines().count());

        Path junk = Files.writeString(dir.resolve("junk.model"), "junk");
        Run bad = run(new EvaluateCommand(loader), "--model", junk.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("is not a usable fmnist model"), bad.err());

        Run missing = run(new PredictCommand(loader), "--model", dir.resolve("none.model").toString(), "--index", "1");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such model file"), missing.err());

        Run both = run(new PredictCommand(loader), "--model", junk.toString());
        assertEquals(2, both.code(), "--index or --image is required");
    }
}
