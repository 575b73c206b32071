package dev.fmnist.spark;

import dev.fmnist.cli.Main;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster jar's main class, for {@code spark-submit}: {@code fmnist benchmark --engine spark} with the given
 * arguments, on the master {@code spark-submit} was given (unless {@code --master} says otherwise), so the
 * same grids, validation, results, resume and leaderboard as every other run.
 */
public final class SparkSubmitMain {
    private SparkSubmitMain() {
    }

    public static void main(String[] args) {
        List<String> all = new ArrayList<>(List.of("benchmark", "--engine", "spark"));
        all.addAll(List.of(args));
        Main.main(all.toArray(String[]::new));
    }
}
