package dev.fmnist.data.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.testing.TarBuilder;
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

    @Test
    void aNegativeSizeIsACorruptArchive() {
        byte[] tar = new TarBuilder().entry("train-labels-idx1-ubyte", '0', TarBuilder.base256(-1), new byte[0])
                .build();

        TarFormatException e = assertThrows(TarFormatException.class, () -> readAll(tar));

        assertTrue(e.getMessage().contains("'train-labels-idx1-ubyte' declares a negative size (-1)"), e.getMessage());
    }

    @Test
    void aHugeLongNameRecordIsRefusedBeforeItIsRead() {
        byte[] tar = new TarBuilder().entry("././@LongLink", 'L', TarBuilder.base256(1L << 31), new byte[0]).build();

        TarFormatException e = assertThrows(TarFormatException.class, () -> readAll(tar));

        assertTrue(e.getMessage().contains("a GNU long-name record of 2,147,483,648 bytes, more than the 4,096"),
                e.getMessage());
    }

    @Test
    void aSizeBeyond63BitsIsACorruptArchive() {
        byte[] field = new byte[12];
        java.util.Arrays.fill(field, (byte) 0x7F);
        field[0] = (byte) 0x80 | 0x01;

        TarFormatException e = assertThrows(TarFormatException.class,
                () -> readAll(new TarBuilder().entry("x", '0', field, new byte[0]).build()));

        assertTrue(e.getMessage().contains("does not fit in 63 bits"), e.getMessage());
    }

    @Test
    void aLongNameAppliesOnlyToTheEntryRightAfterIt() throws IOException {
        byte[] tar = new TarBuilder().longName("package/data/train-labels-idx1-ubyte").directory("package/docs/")
                .file("package/docs/README", "read me".getBytes()).build();

        assertEquals(Map.of("package/docs/README", "read me"), readAll(tar));
    }

    @Test
    void aLongNameNamesTheFileAfterIt() throws IOException {
        String name = "package/" + "d".repeat(150) + "/train-labels-idx1-ubyte";
        byte[] tar = new TarBuilder().longName(name).file("cut-short", "labels".getBytes())
                .file("next", "n".getBytes()).build();

        assertEquals(Map.of(name, "labels", "next", "n"), readAll(tar));
    }

    @Test
    void aLongLinkNameBetweenALongNameAndItsEntryKeepsTheLongName() throws IOException {
        String name = "package/" + "d".repeat(150) + "/t10k-labels-idx1-ubyte";
        byte[] link = "target\0".getBytes();
        byte[] tar = new TarBuilder().longName(name)
                .entry("././@LongLink", 'K', TarBuilder.octal(link.length, 12), link)
                .file("cut-short", "labels".getBytes()).build();

        assertEquals(Map.of(name, "labels"), readAll(tar));
    }

    @Test
    void contentThatEndsEarlyIsAnEndOfFileNotAFailureOfTheCaller() {
        byte[] whole = new TarBuilder().file("f", new byte[2000]).build();
        byte[] cut = java.util.Arrays.copyOf(whole, 1000);

        assertThrows(java.io.EOFException.class, () -> readAll(cut));
    }

    /** Every regular file's name and content (as text). */
    private static Map<String, String> readAll(byte[] tar) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        TarReader r = new TarReader(new ByteArrayInputStream(tar));
        for (TarReader.Entry e; (e = r.next()) != null; ) {
            files.put(e.name(), new String(r.content().readAllBytes()));
        }
        return files;
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }
}
