/**
 * The benchmark's Apache Spark engine, behind {@link dev.fmnist.classic.run.JobExecutorFactory}: {@link
 * dev.fmnist.spark.SparkEngine} opens a Spark application (a master URL, {@code local[N]} by default), and {@link
 * dev.fmnist.spark.SparkJobExecutor} runs each benchmark job as its own Spark job of one task, which deserializes the
 * job, loads the datasets once per executor JVM ({@code ExecutorDatasets}) and runs it through the same
 * {@link dev.fmnist.classic.run.JobRunner} as the local engine. {@link dev.fmnist.spark.SparkSubmitMain} is the
 * cluster jar's main class, for {@code spark-submit}.
 * <p>Depends on fmnist-classic, fmnist-cli (for {@code spark-submit}) and spark-core (provided). Built only by the
 * parent POM's {@code spark} profile.
 */
package dev.fmnist.spark;
