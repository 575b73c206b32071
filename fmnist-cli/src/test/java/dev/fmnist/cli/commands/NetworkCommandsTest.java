package dev.fmnist.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.cli.Main;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist train / evaluate / predict} end to end on the real Fashion-MNIST (from the data store). */
class NetworkCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run fmnist(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void trainEvaluateAndPredict() throws IOException {
        Path model = dir.resolve("mlp.model");
        Run train = fmnist("train", "fashion", "--model", "mlp-32", "--epochs", "1", "--out", model.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("test accuracy"), train.out());
        assertTrue(train.err().contains("epoch 1/1"), "a progress line per epoch: " + train.err());
        assertTrue(Files.exists(model) && Files.exists(dir.resolve("mlp.model.history.json")));
        assertFalse(Files.exists(dir.resolve("mlp.model.checkpoint")), "checkpoint removed after the run");

        Run eval = fmnist("evaluate", "--model", model.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = new ObjectMapper().readTree(eval.out());
        double accuracy = json.get("accuracy").asDouble();
        assertTrue(accuracy > 0.75 && accuracy < 1, eval.out());
        assertEquals(10, json.get("per_class").size());
        assertEquals(10, json.get("confusion").size());
        assertEquals(10_000, json.get("count").asInt());

        Run text = fmnist("evaluate", "--model", model.toString());
        assertTrue(text.out().contains("accuracy") && text.out().contains("Ankle boot"), text.out());

        Run byIndex = fmnist("predict", "--model", model.toString(), "--index", "0");
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
        Run byImage = fmnist("predict", "--model", model.toString(), "--image", png.toString(), "--top", "2");
        assertEquals(0, byImage.code(), byImage.err());
        assertEquals(3, byImage.out().lines().count(), byImage.out());
    }

    @Test
    void mistakesGiveOneLineErrorsAndExitCodes() throws IOException {
        Run unknownModel = fmnist("train", "fashion", "--model", "vgg");
        assertEquals(2, unknownModel.code());
        assertTrue(unknownModel.err().startsWith("fmnist: unknown model 'vgg'"), unknownModel.err());

        Path junk = Files.writeString(dir.resolve("junk.model"), "junk");
        Run bad = fmnist("evaluate", "--model", junk.toString());
        assertEquals(1, bad.code());
        assertEquals("fmnist: " + junk + " is not a usable fmnist model: it is not a zip file; save models with "
                + "fmnist train", bad.err().strip());

        Run missing = fmnist("predict", "--model", dir.resolve("none.model").toString(), "--index", "1");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such model file"), missing.err());

        Run neither = fmnist("predict", "--model", junk.toString());
        assertEquals(2, neither.code(), "--index or --image is required");
    }
}
