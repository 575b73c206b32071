package dev.fmnist.nn.arch;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import java.util.List;

/** The network definitions behind {@link ModelSpec}. */
final class Networks {
    private Networks() {
    }

    /**
     * The TensorFlow-tutorial CNN of the Fashion-MNIST benchmark table: conv 5x5 32, max-pool, conv 5x5 64, max-pool,
     * dense 1024, dropout 0.4 (published 0.916).
     */
    static Block tutorialCnn(int classes) {
        return new SequentialBlock()
                .add(conv(32, 5)).add(ai.djl.nn.Activation.reluBlock()).add(pool())
                .add(conv(64, 5)).add(ai.djl.nn.Activation.reluBlock()).add(pool())
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(1024).build()).add(ai.djl.nn.Activation.reluBlock())
                .add(Dropout.builder().optRate(0.4f).build())
                .add(Linear.builder().setUnits(classes).build());
    }

    /**
     * The default: a small two-stage CNN with batch normalization, cheap enough for a 2-core CPU: conv 3x3 32, BN,
     * ReLU, max-pool, conv 3x3 64, BN, ReLU, max-pool, dense 256 with BN, dropout 0.3.
     */
    static Block fastCnn(int classes) {
        return new SequentialBlock()
                .add(convBnRelu(32, 1)).add(pool())
                .add(convBnRelu(64, 1)).add(pool())
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(256).optBias(false).build())
                .add(BatchNorm.builder().build()).add(ai.djl.nn.Activation.reluBlock())
                .add(Dropout.builder().optRate(0.3f).build())
                .add(Linear.builder().setUnits(classes).build());
    }

    /**
     * A residual network in the style of ResNet for 28x28 inputs: a 3x3 stem of 32 channels, three stages of two
     * basic blocks (32, 64, 128 channels; stride 2 between stages), global average pooling, a linear classifier.
     */
    static Block resNet(int classes) {
        SequentialBlock net = new SequentialBlock().add(convBnRelu(32, 1));
        int[] widths = {32, 64, 128};
        for (int s = 0; s < widths.length; s++) {
            net.add(residual(widths[s], s == 0 ? 1 : 2, s > 0));
            net.add(residual(widths[s], 1, false));
        }
        return net.add(Pool.globalAvgPool2dBlock())
                .add(Linear.builder().setUnits(classes).build());
    }

    /** A multilayer perceptron on flat pixel vectors. */
    static Block mlp(List<Integer> hidden, Activation activation, int classes) {
        SequentialBlock net = new SequentialBlock();
        for (int units : hidden) {
            net.add(Linear.builder().setUnits(units).build()).add(activation.block());
        }
        return net.add(Linear.builder().setUnits(classes).build());
    }

    private static Block residual(int channels, int stride, boolean project) {
        SequentialBlock main = new SequentialBlock()
                .add(convBnRelu(channels, stride))
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(channels)
                        .optPadding(new Shape(1, 1)).optBias(false).build())
                .add(BatchNorm.builder().build());
        Block shortcut = project
                ? new SequentialBlock()
                        .add(Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(channels)
                                .optStride(new Shape(stride, stride)).optBias(false).build())
                        .add(BatchNorm.builder().build())
                : Blocks.identityBlock();
        return new SequentialBlock()
                .add(new ParallelBlock(list -> new NDList(list.get(0).singletonOrThrow()
                        .add(list.get(1).singletonOrThrow())), List.of(main, shortcut)))
                .add(ai.djl.nn.Activation.reluBlock());
    }

    private static Block convBnRelu(int channels, int stride) {
        return new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(channels)
                        .optPadding(new Shape(1, 1)).optStride(new Shape(stride, stride)).optBias(false).build())
                .add(BatchNorm.builder().build())
                .add(ai.djl.nn.Activation.reluBlock());
    }

    private static Block conv(int channels, int kernel) {
        return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).setFilters(channels)
                .optPadding(new Shape(kernel / 2, kernel / 2)).build();
    }

    private static Block pool() {
        return Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2));
    }
}
