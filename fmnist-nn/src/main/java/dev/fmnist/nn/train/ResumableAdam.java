package dev.fmnist.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba, with PyTorch's defaults beta1 0.9, beta2 0.999, eps 1e-8) whose moments and step count can be
 * saved in a checkpoint and restored, so that a resumed run continues exactly. Uses the engine's fused Adam kernel;
 * the learning rate of each step comes from a {@link LearningRateSchedule}.
 */
public final class ResumableAdam extends Optimizer {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final LearningRateSchedule schedule;
    private final Map<String, NDArray[]> moments = new HashMap<>();
    private int step;

    /** @param weightDecay L2 weight decay (0 for none, as in PyTorch's default) */
    public ResumableAdam(LearningRateSchedule schedule, float weightDecay) {
        super(new Builder().optWeightDecays(weightDecay));
        this.schedule = schedule;
    }

    /** Advances to the next step; call once per batch before the parameters are updated. */
    public void nextStep() {
        step++;
    }

    /** The number of steps taken. */
    public int step() {
        return step;
    }

    /** The learning rate of the current step. */
    public float learningRate() {
        return schedule.at(Math.max(1, step));
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        NDArray[] m = moments.computeIfAbsent(parameterId,
                id -> new NDArray[] {weight.zerosLike(), weight.zerosLike()});
        float lr = learningRate();
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = 1 - Math.pow(BETA2, step);
        float corrected = (float) (lr * Math.sqrt(correction2) / correction1);
        weight.getNDArrayInternal().adamUpdate(new NDList(weight, grad, m[0], m[1]), new NDList(weight), lr, corrected,
                getWeightDecay(), rescaleGrad, clipGrad, BETA1, BETA2, EPSILON, false, false);
    }

    /** Writes the step count and the moments of {@code parameters}, in their order. */
    public void save(ParameterList parameters, DataOutputStream out) throws IOException {
        out.writeInt(step);
        for (Pair<String, Parameter> p : parameters) {
            NDArray[] m = moments.get(p.getValue().getId());
            out.writeBoolean(m != null);
            if (m != null) {
                byte[] encoded = new NDList(m[0], m[1]).encode();
                out.writeInt(encoded.length);
                out.write(encoded);
            }
        }
    }

    /**
     * Restores what {@link #save} wrote, for the same network, from a stream whose {@code available()} is what
     * remains of it (a byte array's).
     */
    public void load(ParameterList parameters, NDManager manager, DataInputStream in) throws IOException {
        step = in.readInt();
        moments.clear();
        for (Pair<String, Parameter> p : parameters) {
            if (in.readBoolean()) {
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw new IOException("a moment of " + length + " bytes, with " + in.available() + " left");
                }
                byte[] encoded = new byte[length];
                in.readFully(encoded);
                NDList m = NDList.decode(manager, encoded);
                moments.put(p.getValue().getId(), new NDArray[] {m.get(0), m.get(1)});
            }
        }
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
