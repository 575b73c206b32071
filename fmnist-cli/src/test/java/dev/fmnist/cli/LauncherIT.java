package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real {@code ./fmnist} launcher at the repository root, run as a process after the jar is packaged: exit codes
 * and messages as a shell script sees them.
 */
class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private record Run(int code, String out, String err) {
    }

    private static Run fmnist(String... args) throws IOException, InterruptedException {
        Path outFile = Files.createTempFile("fmnist-out", ".txt");
        Path errFile = Files.createTempFile("fmnist-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("./fmnist")));
            pb.command().addAll(List.of(args));
            pb.directory(ROOT.toFile()).redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
            Process p = pb.start();
            assertTrue(p.waitFor(15, TimeUnit.MINUTES), "./fmnist " + String.join(" ", args) + " did not finish");
            return new Run(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                    Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    @Test
    void versionAndUsageErrorThroughTheScript() throws Exception {
        Run version = fmnist("--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("fmnist "), version.out());

        Run unknown = fmnist("info", "nosuch");
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(unknown.out().isEmpty(), unknown.out());
        List<String> lines = unknown.err().lines().filter(l -> !l.startsWith("fmnist: building") && !l.startsWith("fmnist: measuring")).toList();
        assertEquals(2, lines.size(), unknown.err());
        assertTrue(lines.get(0).contains("unknown dataset 'nosuch'"), unknown.err());
        assertEquals("Try 'fmnist info --help' for more information.", lines.get(1));
    }

    @Test
    void dataFailureThroughTheScript() throws Exception {
        Path notIdx = Files.createTempFile("not-idx", ".gz");
        try {
            Files.writeString(notIdx, "<html><body>403 Forbidden</body></html>");
            Run r = fmnist("verify", notIdx.toString());
            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("FAIL  " + notIdx), r.out());
            assertTrue(r.out().contains("HTML"), r.out());
            assertTrue(!r.err().contains("Exception") && !r.out().contains("\tat "), "no stack trace: " + r.err());
        } finally {
            Files.deleteIfExists(notIdx);
        }
    }

    /** The jar packages the shipped reference results: a newer results file (a pull, the reference run) rebuilds it. */
    @Test
    void rebuildsWhenTheShippedReferenceResultsChange() throws Exception {
        assertEquals(0, fmnist("--version").code(), "built first");
        Path reference = ROOT.resolve("results/reference/results.jsonl");
        Files.setLastModifiedTime(reference, FileTime.from(Instant.now()));

        Run r = fmnist("--version");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("fmnist: building"), "rebuilt for the newer reference results: " + r.err());
        Run again = fmnist("--version");
        assertTrue(!again.err().contains("fmnist: building"), "built once: " + again.err());
    }

    @Test
    void measuresStartUpOptionsOnceAndKeepsTheArchiveOnlyWhenChosen() throws Exception {
        Run first = fmnist("--version");
        Run second = fmnist("--version");

        assertEquals(0, second.code(), second.err());
        assertEquals(first.out(), second.out());
        assertEquals(2, second.out().lines().count(), "only the version lines: " + second.out());
        assertTrue(second.err().isEmpty(), "measured once, then silent: " + second.err());
        Path startup = ROOT.resolve("fmnist-cli/target/startup");
        List<Path> choices;
        try (var files = Files.list(startup)) {
            choices = files.filter(f -> f.toString().endsWith(".choice")).toList();
        }
        assertEquals(1, choices.size(), "one choice for the running JDK: " + choices);
        List<String> lines = Files.readAllLines(choices.get(0));
        assertTrue(lines.get(0).matches("plain|(cds|c1|thp)( c1| thp)*"), lines.toString());
        assertTrue(lines.get(1).contains("median ms of 5 runs without -> with each option"), lines.toString());
        assertTrue(lines.get(1).matches(".*: (cds \\d+ -> \\d+; )?c1 \\d+ -> \\d+;( thp \\d+ -> \\d+;)?"),
                "every option tried, with its two medians: " + lines);
        Path archive = Path.of(choices.get(0).toString().replaceFirst("\\.choice$", ".jsa"));
        assertEquals(lines.get(0).contains("cds"), Files.exists(archive), "the archive is kept only when chosen");
    }
}
