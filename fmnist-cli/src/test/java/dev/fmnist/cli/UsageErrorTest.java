package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors exit 2 with a one-line message and a hint to --help, before any data is touched. */
class UsageErrorTest {
    @TempDir
    Path tmp;

    private static Cli.Result usageError(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(ExitCode.USAGE, r.code(), r.both());
        assertTrue(r.err().startsWith("fmnist: "), r.both());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("Try 'fmnist( \\w+)? --help' for more information\\.")),
                r.both());
        assertTrue(r.out().isEmpty(), r.both());
        return r;
    }

    private static String firstLine(Cli.Result r) {
        return r.err().lines().findFirst().orElseThrow();
    }

    @Test
    void unknownOption() {
        Cli.Result r = usageError("info", "fashion", "--bogus");
        assertEquals("fmnist: Unknown option: '--bogus'", firstLine(r));
        assertTrue(r.err().contains("Try 'fmnist info --help'"), r.both());
    }

    @Test
    void anEmptyPathIsAUsageErrorNotTheCurrentDirectory() {
        Cli.Result benchmark = usageError("benchmark", "--quick", "--dry-run", "--out", "");
        assertEquals("fmnist: Invalid value for option '--out': it is empty; give a file or directory name",
                firstLine(benchmark));
        usageError("report", "--out", "");
        usageError("train", "fashion", "--out", "");
    }

    @Test
    void unknownDatasetNamesTheKnownOnes() {
        Cli.Result r = usageError("info", "cifar");
        assertTrue(firstLine(r).contains("unknown dataset 'cifar'; known datasets: fashion, mnist, kmnist"), r.both());
    }

    @Test
    void unknownCommandSuggestsTheNearest() {
        Cli.Result r = usageError("inof", "fashion");
        assertTrue(r.err().contains("Did you mean: info"), r.both());
    }

    @Test
    void missingCommandListsTheVerbs() {
        Cli.Result r = usageError();
        assertTrue(firstLine(r).contains("missing a command: fetch, verify, info, show, export, import, sprite"),
                r.both());
    }

    @Test
    void missingArgumentAndBadValues() {
        assertTrue(firstLine(usageError("info")).contains("Missing required parameter: 'DATASET'"));
        assertTrue(firstLine(usageError("export", "fashion", "--format", "gif", "--out", tmp.toString()))
                .contains("gif"));
        assertTrue(firstLine(usageError("show", "fashion", "--split", "validation", "0")).contains("validation"));
        assertTrue(firstLine(usageError("show", "fashion", "first")).contains("'first'"));
    }

    @Test
    void verbSpecificChecks() throws IOException {
        assertTrue(firstLine(usageError("fetch")).contains("or use --all"));
        assertTrue(firstLine(usageError("fetch", "fashion", "--all")).contains("not both"));
        assertEquals("fmnist: unknown dataset 'cifar'; known datasets: fashion, mnist, kmnist",
                firstLine(usageError("fetch", "fashion", "cifar")));
        assertTrue(firstLine(usageError("export", "fashion", "--format", "png", "--gzip", "--out", tmp.toString()))
                .contains("--gzip applies to the csv and idx formats, not png"));
        assertTrue(firstLine(usageError("export", "fashion", "--format", "csv", "--limit", "0", "--out",
                tmp.toString())).contains("--limit must be at least 1"));
        assertEquals("fmnist: 'cifar' is neither a dataset (fashion, mnist, kmnist) nor an existing file or directory",
                firstLine(usageError("verify", "cifar")));
        assertTrue(firstLine(usageError("sprite", "fashion")).contains("--out FILE.png"));
        assertTrue(firstLine(usageError("sprite", "fashion", "--out", tmp.toString())).contains("is a directory"));
        Path csv = Files.writeString(tmp.resolve("images.csv"), "label,pixel1\n");
        assertTrue(firstLine(usageError("import", "--from", "csv", csv.toString(), "--out", tmp.toString()))
                .contains("add --split train or --split test"));
        assertEquals("fmnist: " + tmp + " is a directory; give the CSV file to import",
                firstLine(usageError("import", "--from", "csv", tmp.toString(), "--out", tmp.resolve("o").toString())));
    }

    @Test
    void benchmarkEnginesAreChosenByName() {
        assertEquals("fmnist: --engine: unknown engine 'hadoop': engines here: local",
                firstLine(usageError("benchmark", "--engine", "hadoop")));
        assertEquals("fmnist: --engine: unknown engine 'spark': engines here: local; the Spark engine needs the "
                        + "fmnist-spark module: run it through ./fmnist, which builds and adds it",
                firstLine(usageError("benchmark", "--engine", "spark", "--out", tmp.toString())));
        assertTrue(firstLine(usageError("benchmark", "--master", "local[2]")).contains("add --engine spark"));
    }

    @Test
    void exclusiveAndRequiredGroupsReadLikeTheOtherMessages() {
        assertEquals("fmnist: --quick, --full are mutually exclusive (specify only one)",
                firstLine(usageError("benchmark", "--quick", "--full")));
        assertEquals("fmnist: Missing required argument (specify one of these): (--index=N | --image=FILE)",
                firstLine(usageError("predict", "--model", "m.model")));
    }

    @Test
    void numericOptionsNameTheOptionTheRangeAndTheValue() {
        String sprite = tmp.resolve("s.png").toString();
        assertEquals("fmnist: --columns must be 1 to 1000, not -3",
                firstLine(usageError("sprite", "fashion", "--out", sprite, "--columns", "-3")));
        assertEquals("fmnist: --rows-per-class must be 1 to 1000, not 0",
                firstLine(usageError("sprite", "fashion", "--out", sprite, "--rows-per-class", "0")));
        assertEquals("fmnist: --scale must be 1 to 16, not 17",
                firstLine(usageError("sprite", "fashion", "--out", sprite, "--scale", "17")));
        assertEquals("fmnist: --epochs must be 1 to 1000, not -1",
                firstLine(usageError("train", "fashion", "--model", "mlp-10", "--epochs", "-1")));
        assertEquals("fmnist: --batch must be 1 to 60000, not 0",
                firstLine(usageError("train", "fashion", "--model", "mlp-10", "--batch", "0")));
        assertEquals("fmnist: --lr must be a positive number up to 10.0, not Infinity",
                firstLine(usageError("train", "fashion", "--model", "mlp-10", "--lr", "Infinity")));
        assertEquals("fmnist: --top must be at least 1, not 0",
                firstLine(usageError("predict", "--model", "m.model", "--index", "0", "--top", "0")));
        assertEquals("fmnist: --workers must be 1 to 1024, not 0", firstLine(usageError("benchmark", "--workers", "0")));
    }

    @Test
    void numericOptionsHaveUpperBounds() {
        String sprite = tmp.resolve("s.png").toString();
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("--batch must be 1 to 60000, not 3000000", List.of("train", "fashion", "--batch", "3000000"));
        cases.put("--epochs must be 1 to 1000, not 1000000", List.of("train", "fashion", "--epochs", "1000000"));
        cases.put("--lr must be a positive number up to 10.0, not 1.0E300", List.of("train", "fashion", "--lr", "1e300"));
        cases.put("hidden layer sizes must be 1 to 10000, not 2000000000",
                List.of("train", "fashion", "--model", "mlp-2000000000"));
        cases.put("--columns must be 1 to 1000, not 100000", List.of("sprite", "fashion", "--out", sprite,
                "--columns", "100000"));
        cases.put("--rows-per-class must be 1 to 1000, not 5000", List.of("sprite", "fashion", "--out", sprite,
                "--rows-per-class", "5000"));
        cases.put("make a sprite of 1254400000 pixels; at most 268435456 fit", List.of("sprite", "fashion", "--out",
                sprite, "--columns", "1000", "--rows-per-class", "10", "--scale", "4"));
        cases.put("--repeats must be 1 to 100, not 1000", List.of("benchmark", "--repeats", "1000"));
        cases.put("--workers must be 1 to 1024, not 100000", List.of("benchmark", "--workers", "100000"));
        cases.put("--time-limit must be 1 to 31536000, not 9223372036854775807",
                List.of("benchmark", "--time-limit", "9223372036854775807"));
        cases.put("--memory-budget must be 1 to 16777216, not 9007199254740992",
                List.of("benchmark", "--memory-budget", "9007199254740992"));
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Cli.Result r = usageError(c.getValue().toArray(String[]::new));
            assertTrue(firstLine(r).startsWith("fmnist: ") && firstLine(r).contains(c.getKey()), r.both());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fetch", "verify", "info", "show", "export", "import", "sprite", "benchmark", "train",
            "evaluate", "predict", "serve", "report"})
    void everyVerbHasHelp(String verb) {
        Cli.Result r = Cli.run(verb, "--help");
        assertEquals(ExitCode.OK, r.code(), r.both());
        assertTrue(r.out().startsWith("Usage: fmnist " + verb), r.both());
        assertTrue(r.out().contains("Examples:"), r.both());
    }

    @Test
    void rootHelpAndVersion() {
        Cli.Result help = Cli.run("--help");
        assertEquals(ExitCode.OK, help.code());
        assertTrue(help.out().contains("Exit codes: 0 success, 1 data or I/O failure, 2 usage error."), help.out());
        Cli.Result version = Cli.run("--version");
        assertEquals(ExitCode.OK, version.code());
        assertTrue(version.out().matches("(?s)fmnist \\d+\\.\\d+\\.\\d+.*Java .*"), version.out());
    }
}
