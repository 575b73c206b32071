package dev.fmnist.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes, synced or not: the new content or the old one, and no temporary file left either way. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void bothWaysReplaceTheFileAndLeaveNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.png");
        AtomicFiles.write(file, out -> out.write("one".getBytes()));
        AtomicFiles.writeWithoutSync(file, out -> out.write("two".getBytes()));

        assertEquals("two", Files.readString(file));
        assertEquals(List.of("out.png"), names());
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws IOException {
        Path file = dir.resolve("model.zip");
        AtomicFiles.writeString(file, "old");

        assertThrows(IOException.class, () -> AtomicFiles.writeWithoutSync(file, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));

        assertEquals("old", Files.readString(file));
        assertEquals(List.of("model.zip"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
