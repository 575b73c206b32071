package dev.fmnist.data.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tar reader against archives that the system's tar writes in each format. */
class TarReaderTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"gnu", "pax", "ustar"})
    void readsEveryRegularFileWithItsPathAndContent(String format) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        String deep = "usr/share/datasets/" + "a-rather-long-directory-name-".repeat(3) + "x";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("./small.txt", "hello".getBytes());
        files.put("./" + deep + "/train-images-idx3-ubyte.gz", random(70_000));
        files.put("./empty", new byte[0]);
        files.put("./exact", random(1024));
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        Path archive = tmp.resolve("a.tar");
        Process tar = new ProcessBuilder("tar", "--format=" + format, "-cf", archive.toString(), "-C", root.toString(),
                "./small.txt", "./" + deep, "./empty", "./exact").inheritIO().start();
        assertEquals(0, tar.waitFor());

        Map<String, byte[]> read = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(archive)) {
            TarReader r = new TarReader(in);
            for (TarReader.Entry e; (e = r.next()) != null; ) {
                if (!e.name().equals("./" + deep + "/")) {
                    read.put(e.name(), r.content().readAllBytes());
                }
            }
        }

        assertEquals(files.keySet(), read.keySet());
        files.forEach((name, content) -> assertArrayEquals(content, read.get(name), name));
    }

    @Test
    void skipsContentThatIsNotRead() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.write(root.resolve("one"), random(5000));
        Files.write(root.resolve("two"), "second".getBytes());
        Path archive = tmp.resolve("a.tar");
        assertEquals(0, new ProcessBuilder("tar", "-cf", archive.toString(), "-C", root.toString(), "one", "two")
                .inheritIO().start().waitFor());

        try (InputStream in = Files.newInputStream(archive)) {
            TarReader r = new TarReader(in);
            assertEquals("one", r.next().name());
            assertEquals("two", r.next().name());
            assertEquals("second", new String(r.content().readAllBytes()));
            assertNull(r.next());
        }
    }

    @Test
    void somethingElseIsNotTakenForAnArchive() {
        byte[] html = "<html><body>not a tar</body></html>".repeat(20).getBytes();

        IOException e = assertThrows(IOException.class, () -> new TarReader(new ByteArrayInputStream(html)).next());

        assertTrue(e.getMessage().startsWith("not a tar archive"), e.getMessage());
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }
}
