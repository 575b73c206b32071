package dev.fmnist.nn.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;

/** How much memory a network takes to train, derived from its layers rather than assumed. */
public final class NetworkFootprint {
    /** Bytes per parameter while training: the float value, its gradient and Adam's two moments. */
    private static final long PARAMETER_BYTES = 4L * 4;
    /** Bytes per activation value while training: the float kept for the backward pass and its gradient. */
    private static final long ACTIVATION_BYTES = 4L * 2;

    private NetworkFootprint() {
    }

    /** The bytes training {@code network} on batches of {@code batch} needs: parameters, state and activations. */
    public static long trainingBytes(Network network, int batch) {
        long activations = activations(network.block(), new Shape[] {network.inputShape(batch)});
        return PARAMETER_BYTES * network.parameterCount() + ACTIVATION_BYTES * activations;
    }

    /** The values every layer of {@code block} outputs for {@code inputs}, nested blocks layer by layer. */
    static long activations(Block block, Shape[] inputs) {
        long sum = 0;
        if (block instanceof SequentialBlock) {
            Shape[] current = inputs;
            for (Block child : block.getChildren().values()) {
                sum += activations(child, current);
                current = child.getOutputShapes(current);
            }
            return sum;
        }
        if (block instanceof ParallelBlock) {
            for (Block child : block.getChildren().values()) {
                sum += activations(child, inputs);
            }
        }
        for (Shape s : block.getOutputShapes(inputs)) {
            sum += s.size();
        }
        return sum;
    }
}
