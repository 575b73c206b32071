package dev.fmnist.classic.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fmnist.classic.grid.Configuration;
import dev.fmnist.classic.job.JobOutcome;
import dev.fmnist.classic.job.JobStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One configuration on one dataset, as a line of {@code results.jsonl}. The first nine fields are the original
 * benchmark's ({@code name} ... {@code time_per_repeat}; {@code std_accuracy} is two standard deviations); the rest
 * are ours. Lists run over the repeats that succeeded, in repeat order; the confusion matrix sums those repeats.
 *
 * @param name              the family
 * @param parameter         the parameters, the grid's common block included
 * @param score             test accuracy of each repeat
 * @param meanAccuracy      mean of {@code score} (null when no repeat succeeded)
 * @param stdAccuracy       two population standard deviations of {@code score} (null when none succeeded)
 * @param numRepeat         repeats that succeeded
 * @param startTime         epoch second the first repeat started
 * @param doneTime          epoch second the last one ended
 * @param timePerRepeat     mean whole seconds of fit plus predict per repeat
 * @param dataset           the dataset's name
 * @param status            ok, timed_out (a repeat ran past the time limit) or failed
 * @param error             what went wrong, unless ok
 * @param fitSeconds        fit seconds of each repeat
 * @param predictSeconds    predict seconds of each repeat
 * @param perClassAccuracy  the share of each class's test images classified right, over all repeats
 * @param confusion         {@code confusion[true][predicted]} counts, summed over the repeats
 * @param payloadSha256     SHA-256 of each dataset file's decompressed content
 * @param seeds             the seed of each repeat
 * @param threads           threads the trainer was allowed in each repeat
 * @param timeLimitSeconds  the per-job time limit the run had (null for none)
 * @param library           the implementation, for example {@code libsvm 3.25}
 * @param jvm               the JVM
 * @param fmnistVersion     this tool's version
 * @param machine           cores and memory
 * @param mistakes          the test images the first successful repeat classified wrong, as
 *                          {@code [test index, predicted label]} pairs in index order (null when no repeat
 *                          succeeded, and in lines written before fmnist recorded it)
 * @param sameAs            the key of the configuration whose result this line records, where its family trains
 *                          the two the same way (they differ only in parameters it ignores there); null when the
 *                          configuration ran itself
 */
public record ResultRecord(String name, Map<String, Object> parameter, List<Double> score, Double meanAccuracy,
                           Double stdAccuracy, int numRepeat, long startTime, long doneTime, long timePerRepeat,
                           String dataset, JobStatus status, @JsonInclude(JsonInclude.Include.NON_NULL) String error,
                           List<Double> fitSeconds, List<Double> predictSeconds, List<Double> perClassAccuracy,
                           int[][] confusion, Map<String, String> payloadSha256, List<Long> seeds,
                           List<Integer> threads, Long timeLimitSeconds, String library, String jvm,
                           String fmnistVersion, RunEnvironment.Machine machine,
                           @JsonInclude(JsonInclude.Include.NON_NULL) int[][] mistakes,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String sameAs) {

    /**
     * The record of a configuration's finished repeats.
     *
     * @param outcomes every outcome of the configuration on the dataset (ok or not), in any order
     */
    public static ResultRecord of(List<JobOutcome> outcomes, Map<String, String> payloadSha256, String library,
                                  Long timeLimitSeconds, RunEnvironment env) {
        List<JobOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort((a, b) -> Integer.compare(a.job().repeat(), b.job().repeat()));
        JobOutcome first = sorted.get(0);
        List<Double> score = new ArrayList<>();
        List<Double> fit = new ArrayList<>();
        List<Double> predict = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        List<Integer> threads = new ArrayList<>();
        int[][] confusion = null;
        int[][] mistakes = null;
        JobStatus status = JobStatus.OK;
        String error = null;
        long start = Long.MAX_VALUE;
        long done = Long.MIN_VALUE;
        for (JobOutcome o : sorted) {
            start = Math.min(start, o.startTime());
            done = Math.max(done, o.doneTime());
            if (o.ok()) {
                score.add(o.accuracy());
                fit.add(o.fitSeconds());
                predict.add(o.predictSeconds());
                seeds.add(o.job().seed());
                threads.add(o.threads());
                confusion = add(confusion, o.confusion());
                if (mistakes == null) {
                    mistakes = o.mistakes();
                }
            } else if (status != JobStatus.FAILED) {
                status = o.status();
                error = "repeat " + (o.job().repeat() + 1) + ": " + o.error();
            }
        }
        Double mean = null;
        Double std2 = null;
        long perRepeat = 0;
        if (!score.isEmpty()) {
            double m = score.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double var = score.stream().mapToDouble(s -> (s - m) * (s - m)).sum() / score.size();
            mean = m;
            std2 = 2 * Math.sqrt(var);
            double work = 0;
            for (int i = 0; i < score.size(); i++) {
                work += fit.get(i) + predict.get(i);
            }
            perRepeat = (long) (work / score.size());
        }
        return new ResultRecord(first.job().configuration().family(), first.job().configuration().parameters(),
                score, mean, std2, score.size(), start, done, perRepeat, first.job().dataset(), status, error, fit,
                predict, confusion == null ? List.of() : perClass(confusion), confusion, payloadSha256, seeds,
                threads, timeLimitSeconds, library, env.jvm(), env.fmnistVersion(), env.machine(), mistakes, null);
    }

    /**
     * This result recorded for an equivalent configuration, one its family trains the same way: the same figures,
     * with {@code same_as} naming the configuration that ran.
     */
    public ResultRecord sharedWith(Configuration equivalent) {
        return new ResultRecord(equivalent.family(), equivalent.parameters(), score, meanAccuracy, stdAccuracy,
                numRepeat, startTime, doneTime, timePerRepeat, dataset, status, error, fitSeconds, predictSeconds,
                perClassAccuracy, confusion, payloadSha256, seeds, threads, timeLimitSeconds, library, jvm,
                fmnistVersion, machine, mistakes, sameAs == null ? configuration().key() : sameAs);
    }

    /** Whether this line has {@code other}'s figures: status, repeats, scores and times (as a copy made of it has). */
    public boolean sameFiguresAs(ResultRecord other) {
        return status == other.status && numRepeat == other.numRepeat && startTime == other.startTime
                && doneTime == other.doneTime && Objects.equals(score, other.score);
    }

    /** The configuration this line records. */
    @JsonIgnore
    public Configuration configuration() {
        return new Configuration(name, parameter);
    }

    /** The identity of this line for resuming: dataset and configuration key. */
    @JsonIgnore
    public String key() {
        return key(dataset, configuration());
    }

    /** The identity of a configuration on a dataset. */
    public static String key(String dataset, Configuration c) {
        return dataset + " " + c.key();
    }

    /** Mean fit seconds over the repeats (NaN if none). */
    @JsonIgnore
    public double meanFitSeconds() {
        return fitSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Mean predict seconds over the repeats (NaN if none). */
    @JsonIgnore
    public double meanPredictSeconds() {
        return predictSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static int[][] add(int[][] sum, int[][] m) {
        if (sum == null) {
            sum = new int[m.length][m.length];
        }
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                sum[i][j] += m[i][j];
            }
        }
        return sum;
    }

    private static List<Double> perClass(int[][] confusion) {
        List<Double> acc = new ArrayList<>();
        for (int c = 0; c < confusion.length; c++) {
            long total = 0;
            for (int v : confusion[c]) {
                total += v;
            }
            acc.add(total == 0 ? null : (double) confusion[c][c] / total);
        }
        return acc;
    }
}
