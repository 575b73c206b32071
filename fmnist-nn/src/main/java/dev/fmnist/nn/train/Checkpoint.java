package dev.fmnist.nn.train;

import dev.fmnist.data.io.AtomicFiles;
import dev.fmnist.nn.model.ModelFile;
import dev.fmnist.nn.model.ModelFormatException;
import dev.fmnist.nn.model.Network;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of an unfinished run after an epoch: a model file ({@link ModelFile}) with two more entries, the
 * optimizer's state and the training history, from which the run resumes exactly.
 */
final class Checkpoint {
    private static final String OPTIMIZER = "optimizer";
    private static final String HISTORY = "history.json";

    private Checkpoint() {
    }

    /** The network, optimizer state and history of a checkpoint. */
    record Restored(Network network, byte[] optimizerState, TrainingHistory history) {
        /** Restores the optimizer's moments and step count (once the network's trainer exists). */
        void restoreOptimizer(ResumableAdam optimizer) throws IOException {
            try {
                optimizer.load(network.block().getParameters(), network.model().getNDManager(),
                        new DataInputStream(new ByteArrayInputStream(optimizerState)));
            } catch (IOException | RuntimeException e) {
                throw new IOException("the checkpoint's optimizer state is damaged (" + e.getMessage()
                        + "); delete the checkpoint to start again", e);
            }
        }
    }

    /** Writes a checkpoint atomically. */
    static void save(Path file, Network network, ResumableAdam optimizer, TrainingHistory history)
            throws IOException {
        Map<String, AtomicFiles.Content> extras = new LinkedHashMap<>();
        extras.put(OPTIMIZER, out -> {
            DataOutputStream data = new DataOutputStream(out);
            optimizer.save(network.block().getParameters(), data);
            data.flush();
        });
        extras.put(HISTORY, out -> out.write(history.toJson().getBytes(StandardCharsets.UTF_8)));
        ModelFile.write(file, network, extras);
    }

    /** Reads a checkpoint; the optimizer state is restored once the network's trainer exists. */
    static Restored read(Path file) throws IOException {
        Map<String, byte[]> extras = new LinkedHashMap<>();
        Network network;
        try {
            network = ModelFile.read(file, extras);
        } catch (ModelFormatException e) {
            // the problem without the advice for model files after its ';', which is not what to do with a checkpoint
            throw new IOException(file + " is a damaged training checkpoint (" + e.problem().split(";")[0]
                    + "); delete it to start the run again", e);
        }
        byte[] history = extras.get(HISTORY);
        if (history == null || extras.get(OPTIMIZER) == null) {
            network.close();
            throw new ModelFormatException(file, "it is a model, not a training checkpoint");
        }
        TrainingHistory h;
        try {
            h = TrainingHistory.fromJson(new String(history, StandardCharsets.UTF_8));
        } catch (IOException e) {
            h = null;
        }
        if (h == null || h.dataset() == null || h.options() == null || h.epochs() == null
                || h.epochs().stream().anyMatch(java.util.Objects::isNull)) {
            network.close();
            throw new ModelFormatException(file, "its training history is damaged; delete it to start again");
        }
        return new Restored(network, extras.get(OPTIMIZER), h);
    }
}
