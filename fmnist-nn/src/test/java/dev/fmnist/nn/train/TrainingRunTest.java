package dev.fmnist.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Normalization;
import dev.fmnist.data.Split;
import dev.fmnist.data.TrainValidation;
import dev.fmnist.nn.RealData;
import dev.fmnist.nn.arch.ModelSpec;
import dev.fmnist.nn.data.Augmentation;
import dev.fmnist.nn.data.SplitSource;
import dev.fmnist.nn.eval.Evaluation;
import dev.fmnist.nn.eval.Evaluator;
import dev.fmnist.nn.model.ModelManifest;
import dev.fmnist.nn.model.Network;
import dev.fmnist.nn.model.ModelFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {
    @TempDir
    Path dir;

    private record Setup(ModelManifest manifest, SplitSource train, SplitSource validation, Split test) {
    }

    private static Setup setup(ModelSpec spec, int images, TrainOptions options, boolean augment) {
        Dataset d = RealData.fashion();
        TrainValidation tv = d.train().head(images).stratifiedSplit(options.validationFraction(), options.seed());
        Normalization norm = Normalization.standardize(tv.train());
        ModelManifest m = ModelManifest.of(spec, "fashion", d.labelNames(), 28, 28, norm);
        Augmentation augmentation = augment ? Augmentation.standard(true) : Augmentation.NONE;
        return new Setup(m, new SplitSource(tv.train(), norm, augmentation),
                new SplitSource(tv.validation(), norm, Augmentation.NONE), d.test().head(1000));
    }

    @Test
    void oneEpochOnThreeThousandImagesClearlyLearns() throws IOException {
        TrainOptions options = TrainOptions.defaults(ModelSpec.DEFAULT).withEpochs(1).withBatchSize(32);
        Setup s = setup(ModelSpec.DEFAULT, 3000, options, true);
        Path checkpoint = dir.resolve("m.checkpoint");
        TrainingRun.Result r = new TrainingRun(options, "fashion", checkpoint, null, EpochProgress.NONE)
                .run(s.manifest(), s.train(), s.validation());
        try (Network net = r.network()) {
            Evaluation e = Evaluator.evaluate(net, s.test());
            assertTrue(e.accuracy() > 0.75, "held-out accuracy " + e.accuracy());
            assertEquals(1000, e.count());
            EpochStats epoch = r.history().epochs().get(0);
            assertTrue(epoch.validationAccuracy() > 0.7, "validation accuracy " + epoch.validationAccuracy());
            assertTrue(epoch.loss() > 0 && epoch.imagesPerSecond() > 0);
            assertTrue(epoch.validationLoss() > 0.05 && epoch.validationLoss() < 1.5, "validation cross-entropy of a "
                    + "model that learned: " + epoch.validationLoss());
            assertEquals(epoch.validationAccuracy(), TrainingRun.validate(net, s.validation()).accuracy(), 1e-12);
            assertTrue(Files.exists(checkpoint), "a checkpoint after the epoch");
        }
    }

    @Test
    void anInterruptedRunResumesToTheSameResultAsAnUninterruptedOne() throws IOException {
        TrainOptions options = TrainOptions.defaults(ModelSpec.DEFAULT).withEpochs(2).withBatchSize(50);
        Setup s = setup(ModelSpec.DEFAULT, 600, options, true);
        float[] straight;
        TrainingHistory straightHistory;
        TrainingRun.Result r = new TrainingRun(options, "fashion", dir.resolve("a.checkpoint"), null,
                EpochProgress.NONE)
                .run(s.manifest(), s.train(), s.validation());
        try (Network net = r.network()) {
            straight = probabilities(net, s);
            straightHistory = r.history();
        }
        Path checkpoint = dir.resolve("b.checkpoint");
        EpochProgress stopAtSecond = (epoch, epochs, images) -> {
            if (epoch == 2) {
                throw new IllegalStateException("interrupted");
            }
            return EpochProgress.NONE.start(epoch, epochs, images);
        };
        assertThrows(IllegalStateException.class, () -> new TrainingRun(options, "fashion", checkpoint, null,
                stopAtSecond)
                .run(s.manifest(), s.train(), s.validation()));
        assertTrue(Files.exists(checkpoint));
        TrainingRun.Result resumed = new TrainingRun(options, "fashion", checkpoint, null, EpochProgress.NONE)
                .run(s.manifest(), s.train(), s.validation());
        try (Network net = resumed.network()) {
            assertArrayEquals(straight, probabilities(net, s), 1e-5f);
            assertEquals(2, resumed.history().epochs().size());
            assertEquals(straightHistory.epochs().get(1).loss(), resumed.history().epochs().get(1).loss(), 1e-5);
        }
        TrainOptions other = options.withSeed(9);
        IOException e = assertThrows(IOException.class, () -> new TrainingRun(other, "fashion", checkpoint, null,
                EpochProgress.NONE).run(s.manifest(), s.train(), s.validation()));
        assertTrue(e.getMessage().contains("belongs to another run"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void aDamagedCheckpointIsABadModelNotACrash() throws IOException {
        TrainOptions options = TrainOptions.defaults(ModelSpec.parse("mlp-10")).withEpochs(1).withBatchSize(50);
        Setup s = setup(options.spec(), 300, options, false);
        Path checkpoint = dir.resolve("damaged.checkpoint");
        byte[] hugeMoment = {0, 0, 0, 1, 1, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        String history = TrainingHistory.start("fashion", options).toJson();
        Map<String, String> problems = Map.of("null", "its training history is damaged",
                "{\"dataset\": \"fashion\"}", "its training history is damaged",
                history, "the checkpoint's optimizer state is damaged");
        for (Map.Entry<String, String> p : problems.entrySet()) {
            try (Network n = Network.create(s.manifest(), 1)) {
                ModelFile.write(checkpoint, n, Map.of("optimizer", out -> out.write(hugeMoment),
                        "history.json", out -> out.write(p.getKey().getBytes(StandardCharsets.UTF_8))));
            }
            IOException e = assertThrows(IOException.class, () -> new TrainingRun(options, "fashion", checkpoint,
                    null, EpochProgress.NONE).run(s.manifest(), s.train(), s.validation()));
            assertTrue(e.getMessage().contains(p.getValue()), e.getMessage());
        }
        Files.writeString(checkpoint, "junk");
        IOException junk = assertThrows(IOException.class, () -> new TrainingRun(options, "fashion", checkpoint,
                null, EpochProgress.NONE).run(s.manifest(), s.train(), s.validation()));
        assertEquals(checkpoint + " is a damaged training checkpoint (it is not a zip file); delete it to start the "
                + "run again", junk.getMessage(), "not the advice for model files");
    }

    private static float[] probabilities(Network net, Setup s) {
        int n = s.validation().count();
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        return net.probabilities(s.validation(), order, 0, n, new float[n * 784]);
    }
}
