package dev.fmnist.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AtomicFiles} forces the temporary file to the disk before the rename and the directory after it, as the
 * system calls of a writing process show ({@code strace}; skipped where it is missing or not permitted).
 */
class AtomicFilesDurabilityTest {
    @TempDir
    Path tmp;

    @Test
    void theFileIsSyncedBeforeTheRenameAndTheDirectoryAfterIt() throws Exception {
        assumeTrue(run("strace", "-f", "-e", "trace=none", "true") == 0, "strace is not available here");
        Path target = tmp.resolve("model.zip");
        Path log = tmp.resolve("strace.log");

        // -ff: one log per thread, so that no call in the writing thread's log is split by another thread's.
        int exit = run("strace", "-ff", "-qq", "-o", log.toString(), "-e",
                "trace=openat,fsync,rename,renameat,renameat2",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), AtomicWriteProcess.class.getName(), target.toString());

        assertEquals(0, exit);
        assertEquals("content", Files.readString(target));
        assertSyncedAroundRename(writerLog(log), tmp.toString());
    }

    /** The calls CI recorded when the file was opened to be forced under another number than when it was created. */
    @Test
    void theSyncIsFoundWhenTheFileIsReopenedUnderAnotherNumber() {
        List<String> calls = List.of(
                "openat(AT_FDCWD, \"/t/.model.zip.bfd0d8b0beaf55f3.tmp\", O_WRONLY|O_CREAT|O_EXCL, 0666) = 4",
                "openat(AT_FDCWD, \"/proc/net/if_inet6\", O_RDONLY) = 6",
                "openat(AT_FDCWD, \"/t/.model.zip.bfd0d8b0beaf55f3.tmp\", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 4",
                "openat(AT_FDCWD, \"/t/.model.zip.bfd0d8b0beaf55f3.tmp\", O_WRONLY) = 6",
                "fsync(6)                                = 0",
                "rename(\"/t/.model.zip.bfd0d8b0beaf55f3.tmp\", \"/t/model.zip\") = 0",
                "openat(AT_FDCWD, \"/t\", O_RDONLY) = 4",
                "fsync(4)                                = 0");
        assertSyncedAroundRename(calls, "/t");
        List<String> unsynced = new java.util.ArrayList<>(calls);
        unsynced.set(4, "fsync(4)                                = 0");
        assertThrows(AssertionError.class, () -> assertSyncedAroundRename(unsynced, "/t"));
    }

    private static void assertSyncedAroundRename(List<String> calls, String dir) {
        int rename = indexOf(calls, "rename.*\\.model\\.zip\\.[0-9a-f]+\\.tmp\".*model\\.zip\"", 0);
        // The file is opened more than once (created, written, opened to be forced), and the kernel may hand out
        // another number each time, as other threads open files too: the open that counts is the last before the
        // rename.
        int open = lastIndexOf(calls, "openat\\(.*\\.model\\.zip\\.[0-9a-f]+\\.tmp\".*O_WRONLY.*= (\\d+)$", rename);
        assertTrue(open >= 0 && rename > open, String.join("\n", calls));
        String tmpFd = group(calls.get(open), "= (\\d+)$");
        assertTrue(calls.subList(open, rename).stream().anyMatch(c -> c.matches(".*fsync\\(" + tmpFd + "\\).*")),
                "no fsync of the temporary file (fd " + tmpFd + ") before the rename:\n" + String.join("\n", calls));
        int openDir = indexOf(calls, "openat\\(.*\"" + Pattern.quote(dir) + "\".*= (\\d+)$", rename);
        assertTrue(openDir > rename, "the directory is not opened after the rename:\n" + String.join("\n", calls));
        String dirFd = group(calls.get(openDir), "= (\\d+)$");
        assertTrue(calls.subList(openDir, calls.size()).stream()
                        .anyMatch(c -> c.matches(".*fsync\\(" + dirFd + "\\).*")),
                "no fsync of the directory after the rename:\n" + String.join("\n", calls));
    }

    /** The calls of the thread that wrote the file: the per-thread log ({@code LOG.TID}) that renames it. */
    private static List<String> writerLog(Path log) throws Exception {
        try (var logs = Files.list(log.getParent())) {
            for (Path p : logs.filter(f -> f.getFileName().toString().startsWith(log.getFileName() + ".")).toList()) {
                List<String> lines = Files.readAllLines(p);
                if (lines.stream().anyMatch(l -> l.matches("rename.*\\.model\\.zip\\.[0-9a-f]+\\.tmp\".*"))) {
                    return lines;
                }
            }
        }
        throw new AssertionError("no thread renamed the temporary file: no strace log " + log + ".* holds the rename");
    }

    private static int indexOf(List<String> lines, String regex, int from) {
        Pattern p = Pattern.compile(regex);
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<String> lines, String regex, int before) {
        Pattern p = Pattern.compile(regex);
        for (int i = before - 1; i >= 0; i--) {
            if (p.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static String group(String line, String regex) {
        Matcher m = Pattern.compile(regex).matcher(line);
        assertTrue(m.find(), line);
        return m.group(1);
    }

    private static int run(String... command) throws Exception {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
