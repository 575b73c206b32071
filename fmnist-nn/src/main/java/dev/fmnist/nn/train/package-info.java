/**
 * Training: {@link dev.fmnist.nn.train.TrainingRun} (deterministic, resumable epochs from a {@code BatchSource} with
 * {@link dev.fmnist.nn.train.ResumableAdam} and a {@link dev.fmnist.nn.train.LearningRateSchedule}, checkpointed
 * after each epoch), {@link dev.fmnist.nn.train.ModelTraining} (a whole {@code fmnist train}: validation split,
 * training, saving, test evaluation), {@link dev.fmnist.nn.train.TrainOptions}, and the
 * {@link dev.fmnist.nn.train.TrainingHistory} of {@link dev.fmnist.nn.train.EpochStats}.
 * <p>Depends on {@code nn.arch}, {@code nn.data}, {@code nn.eval}, {@code nn.model}, fmnist-data ({@code data},
 * {@code data.io}, {@code data.progress}), DJL and Jackson; not on {@code nn.family}, which builds on it.
 */
package dev.fmnist.nn.train;
