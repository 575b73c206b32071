package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import org.junit.jupiter.api.Test;

/** {@code fmnist info} on the real Fashion-MNIST, obtained through the data store. */
class InfoCommandTest {
    @Test
    void jsonHoldsTheContractKeysAndCounts() throws Exception {
        Cli.Result r = Cli.run("info", "fashion", "--json");
        assertEquals(ExitCode.OK, r.code(), r.both());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("fashion", json.get("dataset").asText());
        assertEquals(10, json.get("label_names").size());
        assertEquals("Ankle boot", json.get("label_names").get(9).asText());
        for (String split : new String[] {"train", "test"}) {
            JsonNode s = json.get("splits").get(split);
            int perClass = split.equals("train") ? 6000 : 1000;
            assertEquals(10 * perClass, s.get("count").asInt(), split);
            assertEquals(28, s.get("rows").asInt());
            assertEquals(28, s.get("cols").asInt());
            JsonNode counts = s.get("label_counts");
            assertEquals(10, counts.size());
            counts.forEach(c -> assertEquals(perClass, c.asInt(), split));
            boolean train = split.equals("train");
            assertEquals(Datasets.FASHION.file(train ? FileRole.TRAIN_IMAGES : FileRole.TEST_IMAGES).payloadSha256(),
                    s.get("sha256").get("images").asText());
            assertEquals(Datasets.FASHION.file(train ? FileRole.TRAIN_LABELS : FileRole.TEST_LABELS).payloadSha256(),
                    s.get("sha256").get("labels").asText());
            double mean = s.get("pixel_mean").asDouble();
            assertTrue(mean > 72.5 && mean < 73.5, "pixel mean " + mean);
            double std = s.get("pixel_std").asDouble();
            assertTrue(std > 89.5 && std < 90.5, "pixel std " + std);
        }
        assertEquals(4, json.get("files").size());
        assertTrue(json.get("sources").size() >= 1);
    }

    @Test
    void textNamesSourcesFilesAndClasses() {
        Cli.Result r = Cli.run("info", "fashion");
        assertEquals(ExitCode.OK, r.code(), r.both());
        assertTrue(r.out().startsWith("Fashion-MNIST (fashion), 10 classes"), r.out());
        assertTrue(r.out().contains("Sources, in the order tried:"), r.out());
        assertTrue(r.out().contains("c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"), r.out());
        assertTrue(r.out().contains("train: 60,000 images of 28x28, pixel mean 72.9404, std 90.0212"), r.out());
        assertTrue(r.out().contains("  9  Ankle boot     1,000"), r.out());
    }
}
