package dev.fmnist.dashboard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links in a scanned directory: each one not read is named for what it is. */
class DirectoryScanTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkToNothingIsNotCalledALinkOutOfTheDirectory() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("models"));
        Path file = Files.writeString(dir.resolve("a.model"), "x");
        Files.createSymbolicLink(dir.resolve("inside.model"), file.getFileName());
        Path outside = Files.writeString(tmp.resolve("outside.model"), "x");
        Files.createSymbolicLink(dir.resolve("out.model"), outside);
        Files.createSymbolicLink(dir.resolve("loop.model"), Path.of("loop.model"));
        Files.createSymbolicLink(dir.resolve("broken.model"), Path.of("missing.model"));
        DirectoryScan.Listing listing = DirectoryScan.files(dir, ".model");
        assertEquals(List.of(file, dir.resolve("inside.model")), listing.files());
        assertEquals(List.of(dir.resolve("broken.model") + ": a link that leads to no file (broken, or a loop), not read",
                dir.resolve("loop.model") + ": a link that leads to no file (broken, or a loop), not read",
                dir.resolve("out.model") + ": a link out of " + dir + ", not read"),
                listing.refused().stream().sorted().toList());
    }
}
