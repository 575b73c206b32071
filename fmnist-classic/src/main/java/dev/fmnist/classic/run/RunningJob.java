package dev.fmnist.classic.run;

import dev.fmnist.classic.job.Job;

/**
 * A job that is running, for progress displays and the ETA.
 *
 * @param job      the job
 * @param threads  threads it may use
 * @param seconds  seconds since it started
 * @param fraction the share of its fit done, as its trainer last reported it ({@code NaN} when unknown)
 * @param detail   the trainer's latest progress note (may be empty)
 */
public record RunningJob(Job job, int threads, double seconds, double fraction, String detail) {
}
