package dev.fmnist.classic.run;

import dev.fmnist.classic.job.Job;
/**
 * A job that is running, for progress displays.
 *
 * @param job     the job
 * @param threads threads it may use
 * @param seconds seconds since it started
 * @param detail  the trainer's latest progress note (may be empty)
 */
public record RunningJob(Job job, int threads, double seconds, String detail) {
}
