package dev.fmnist.nn.train;

/**
 * Linear warm-up over the first steps, then cosine decay to zero at the last step. A pure function of the step
 * number, so a resumed run continues exactly where it stopped.
 *
 * @param peak        the learning rate after warm-up
 * @param warmupSteps steps of linear warm-up
 * @param totalSteps  all steps of the run
 */
public record LearningRateSchedule(double peak, int warmupSteps, int totalSteps) {
    /** The usual schedule: warm-up over a tenth of all steps (at most 300), then cosine decay. */
    public static LearningRateSchedule of(double peak, int stepsPerEpoch, int epochs) {
        int total = Math.max(1, stepsPerEpoch * epochs);
        return new LearningRateSchedule(peak, Math.min(300, total / 10), total);
    }

    /** The learning rate of step {@code step} (counted from 1). */
    public float at(int step) {
        if (step <= warmupSteps) {
            return (float) (peak * step / warmupSteps);
        }
        double progress = Math.min(1, (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
        return (float) (peak * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
