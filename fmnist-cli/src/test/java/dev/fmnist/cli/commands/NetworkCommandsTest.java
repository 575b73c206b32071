package dev.fmnist.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.cli.Cli;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist train / evaluate / predict} end to end on the real Fashion-MNIST (from the data store). */
class NetworkCommandsTest {
    @TempDir
    Path dir;

    @Test
    void trainEvaluateAndPredict() throws IOException {
        Path model = dir.resolve("mlp.model");
        Cli.Result train = Cli.run("train", "fashion", "--model", "mlp-32", "--epochs", "1", "--out", model.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("test accuracy"), train.out());
        assertTrue(train.err().contains("epoch 1/1"), "a progress line per epoch: " + train.err());
        assertTrue(Files.exists(model) && Files.exists(dir.resolve("mlp.model.history.json")));
        assertFalse(Files.exists(dir.resolve("mlp.model.checkpoint")), "checkpoint removed after the run");

        Cli.Result eval = Cli.run("evaluate", "--model", model.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = new ObjectMapper().readTree(eval.out());
        double accuracy = json.get("accuracy").asDouble();
        assertTrue(accuracy > 0.75 && accuracy < 1, eval.out());
        assertEquals(10, json.get("per_class").size());
        assertEquals(10, json.get("confusion").size());
        assertEquals(10_000, json.get("count").asInt());
        JsonNode history = new ObjectMapper().readTree(dir.resolve("mlp.model.history.json").toFile());
        assertEquals(json.get("confusion"), history.get("confusion"), "train recorded the matrix evaluate computes");
        assertEquals(json.get("per_class"), history.get("per_class_accuracy"));
        assertEquals(accuracy, history.get("test_accuracy").asDouble(), 1e-12);
        assertEquals(Math.round((1 - accuracy) * 10_000), history.get("mistakes").size());

        Cli.Result text = Cli.run("evaluate", "--model", model.toString());
        assertTrue(text.out().contains("accuracy") && text.out().contains("Ankle boot"), text.out());

        Cli.Result byIndex = Cli.run("predict", "--model", model.toString(), "--index", "0");
        assertEquals(0, byIndex.code(), byIndex.err());
        assertTrue(byIndex.out().startsWith("test image 0 of fashion, labelled Ankle boot"), byIndex.out());
        assertEquals(4, byIndex.out().lines().count(), byIndex.out());

        BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 100);
        g.setColor(Color.BLACK);
        g.fillRect(10, 30, 80, 40);
        g.dispose();
        Path png = dir.resolve("shape.png");
        ImageIO.write(img, "png", png.toFile());
        Cli.Result byImage = Cli.run("predict", "--model", model.toString(), "--image", png.toString(), "--top", "2");
        assertEquals(0, byImage.code(), byImage.err());
        assertEquals(3, byImage.out().lines().count(), byImage.out());

        Cli.Result folder = Cli.run("predict", "--model", model.toString(), "--image", dir.toString());
        assertEquals(1, folder.code(), folder.both());
        assertEquals("fmnist: " + dir + " is a directory; give a picture file (PNG, JPEG, GIF, BMP)",
                folder.err().strip());
    }

    @Test
    void mistakesGiveOneLineErrorsAndExitCodes() throws IOException {
        Cli.Result unknownModel = Cli.run("train", "fashion", "--model", "vgg");
        assertEquals(2, unknownModel.code());
        assertTrue(unknownModel.err().startsWith("fmnist: unknown model 'vgg'"), unknownModel.err());

        Path junk = Files.writeString(dir.resolve("junk.model"), "junk");
        Cli.Result bad = Cli.run("evaluate", "--model", junk.toString());
        assertEquals(1, bad.code());
        assertEquals("fmnist: " + junk + " is not a usable fmnist model: it is not a zip file; save models with "
                + "fmnist train", bad.err().strip());

        Cli.Result missing = Cli.run("predict", "--model", dir.resolve("none.model").toString(), "--index", "1");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such model file"), missing.err());

        Cli.Result folder = Cli.run("evaluate", "--model", dir.toString());
        assertEquals(1, folder.code(), folder.both());
        assertEquals("fmnist: " + dir + " is a directory; give a model file saved by fmnist train",
                folder.err().strip());

        Path file = Files.writeString(dir.resolve("file"), "not a folder");
        Cli.Result unwritable = Cli.run("train", "fashion", "--model", "mlp-10", "--epochs", "1", "--out",
                file.resolve("m.model").toString());
        assertEquals(1, unwritable.code(), unwritable.both());
        assertEquals("fmnist: cannot write --out " + file.resolve("m.model") + ": " + file + " is a file, not a "
                + "directory; choose a file in a directory you can write", unwritable.err().strip(),
                "an unusable --out stops the run before any training");
        Path history = Files.createDirectories(dir.resolve("h.model.history.json"));
        Cli.Result historyFolder = Cli.run("train", "fashion", "--model", "mlp-10", "--epochs", "1", "--out",
                dir.resolve("h.model").toString());
        assertEquals(2, historyFolder.code(), historyFolder.both());
        assertTrue(historyFolder.err().startsWith("fmnist: --out " + dir.resolve("h.model") + ": " + history
                + ", which train writes beside the model, is a directory"), historyFolder.both());
        assertTrue(Files.notExists(dir.resolve("h.model.checkpoint")), "no training");

        Cli.Result neither = Cli.run("predict", "--model", junk.toString());
        assertEquals(2, neither.code(), "--index or --image is required");
    }
}
