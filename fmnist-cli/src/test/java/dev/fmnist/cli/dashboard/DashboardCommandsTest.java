package dev.fmnist.cli.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.classic.results.ResultsReader;
import dev.fmnist.cli.Cli;
import dev.fmnist.cli.ExitCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist serve} and {@code fmnist report} on bad input: one line, the right exit code, no stack trace. */
class DashboardCommandsTest {
    @TempDir
    Path dir;

    private static void oneLineFailure(Cli.Result r, int code, String contains) {
        assertEquals(code, r.code(), r.both());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("fmnist: ") && first.contains(contains), r.both());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.both());
        assertFalse(r.err().contains("unexpected error"), r.both());
    }

    @Test
    void reportWritesOneFileFromTheReferenceResultsWhenThereAreNone() throws IOException {
        Path out = dir.resolve("sub/report.html");
        Cli.Result r = Cli.run("report", "--results", Files.createDirectories(dir.resolve("empty")).toString(),
                "--models", dir.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.both());
        assertTrue(r.out().startsWith("fmnist: wrote " + out), r.both());
        String html = Files.readString(out);
        assertTrue(html.contains("No results of your own yet"), "the notice is in the data");
    }

    @Test
    void aDirectoryGivenTwiceIsReadOnce() throws IOException {
        Path res = Files.createDirectories(dir.resolve("res"));
        try (var in = DashboardCommandsTest.class.getResourceAsStream("/dev/fmnist/classic/reference/results.jsonl")) {
            Files.write(res.resolve("results.jsonl"), in.readAllBytes());
        }
        Files.writeString(res.resolve("map.json"), "{\"method\":\"pca\",\"seed\":1,\"datasets\":[{\"dataset\":"
                + "\"fashion\",\"index\":[0],\"split\":[\"test\"],\"label\":[9],\"x\":[1],\"y\":[2]}]}");
        String once = report("once.html", "--results", res.toString(), "--models", res.toString());
        String twice = report("twice.html", "--results", res.toString(), res.resolve("../res").toString(), "--models",
                res.resolve(".").toString());
        assertEquals(ResultsReader.read(res).results().size(), count(once, "\"kind\":\"classic\""),
                "the reference results (they grow as the reference run goes on)");
        assertEquals(1, count(once, "\"source_file\":"), "the map");
        assertEquals(count(once, "\"kind\":\"classic\""), count(twice, "\"kind\":\"classic\""));
        assertEquals(1, count(twice, "\"source_file\":"));
    }

    private String report(String name, String... args) throws IOException {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("report", "--out", out.toString()));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.code(), r.both());
        return Files.readString(out);
    }

    private static long count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void aMissingDirectoryIsOneLineAndExit1() {
        oneLineFailure(Cli.run("report", "--results", dir.resolve("nope").toString(), "--out",
                dir.resolve("r.html").toString()), ExitCode.FAILURE, "no such directory (--results)");
        oneLineFailure(Cli.run("serve", "--models", dir.resolve("nope").toString(), "--port", "0"),
                ExitCode.FAILURE, "no such directory (--models)");
    }

    @Test
    void anUnwritableOutIsOneLineAndExit1() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        oneLineFailure(Cli.run("report", "--out", file.resolve("r.html").toString()), ExitCode.FAILURE,
                "cannot write --out");
        oneLineFailure(Cli.run("report", "--out", dir.toString()), ExitCode.FAILURE, "it is a directory");
    }

    @Test
    void aPortInUseIsOneLineAndExit1AndABadPortOrHostAUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            oneLineFailure(Cli.run("serve", "--results", dir.toString(), "--port",
                    String.valueOf(taken.getLocalPort())), ExitCode.FAILURE, "choose another --port");
        }
        oneLineFailure(Cli.run("serve", "--port", "70000"), ExitCode.USAGE, "--port must be 0 to 65535");
        oneLineFailure(Cli.run("serve", "--port", "0", "--host", "no-such-host.invalid"), ExitCode.USAGE, "--host");
        oneLineFailure(Cli.run("serve", "--port", "0", "--host", "192.0.2.1"), ExitCode.USAGE,
                "--host 192.0.2.1: 192.0.2.1 is not an address of this machine");
        oneLineFailure(Cli.run("serve", "--port", "0", "--host", ""), ExitCode.USAGE, "--host is empty");
        oneLineFailure(Cli.run("report"), ExitCode.USAGE, "--out");
    }
}
