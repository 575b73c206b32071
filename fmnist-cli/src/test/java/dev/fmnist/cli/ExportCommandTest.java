package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.Dataset;
import dev.fmnist.data.Split;
import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.SyntheticIdx;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.source.DataStore;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist export} of the real Fashion-MNIST in every format, checked byte by byte, and back with import. */
class ExportCommandTest {
    private static Dataset fashion;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws IOException {
        fashion = DataStore.fromEnvironment().load(Datasets.FASHION);
    }

    private Cli.Result export(String... args) {
        String[] all = Stream.concat(Stream.of("export", "fashion", "--out", tmp.toString()), Arrays.stream(args))
                .toArray(String[]::new);
        Cli.Result r = Cli.run(all);
        assertEquals(ExitCode.OK, r.code(), r.both());
        return r;
    }

    @Test
    void csvInKagglesLayoutRoundTripsThroughImport() throws IOException {
        export("--format", "csv", "--split", "test", "--limit", "50");
        Path csv = tmp.resolve("fashion-mnist_test.csv");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(51, lines.size());
        String[] header = lines.get(0).split(",");
        assertEquals(785, header.length);
        assertEquals("label", header[0]);
        assertEquals("pixel1", header[1]);
        assertEquals("pixel784", header[784]);
        Split test = fashion.test();
        String[] first = lines.get(1).split(",");
        assertEquals(785, first.length);
        assertEquals("9", first[0]);
        for (int p = 0; p < 784; p++) {
            assertEquals(test.images()[p] & 0xFF, Integer.parseInt(first[p + 1]), "pixel " + (p + 1));
        }

        Path idx = tmp.resolve("idx");
        Cli.Result back = Cli.run("import", "--from", "csv", csv.toString(), "--out", idx.toString());
        assertEquals(ExitCode.OK, back.code(), back.both());
        assertArrayEquals(test.head(50).images(), IdxReader.read(idx.resolve("t10k-images-idx3-ubyte")).bytes());
        assertArrayEquals(test.head(50).labels(), IdxReader.read(idx.resolve("t10k-labels-idx1-ubyte")).bytes());
    }

    @Test
    void npyArraysHaveAValidHeaderAndTheData() throws IOException {
        export("--format", "npy", "--limit", "30");
        for (Split s : List.of(fashion.train().head(30), fashion.test().head(30))) {
            checkNpy(tmp.resolve("fashion-mnist_" + s.name() + "_images.npy"), "(30, 28, 28)", s.images());
            checkNpy(tmp.resolve("fashion-mnist_" + s.name() + "_labels.npy"), "(30,)", s.labels());
        }
    }

    /** The .npy v1.0 layout: magic, version, little-endian header length, header dict padded to 64, data. */
    private static void checkNpy(Path file, String shape, byte[] data) throws IOException {
        byte[] b = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}, Arrays.copyOf(b, 8));
        int headerLength = ByteBuffer.wrap(b, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
        assertEquals(0, (10 + headerLength) % 64, "preamble aligned to 64 bytes");
        String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.endsWith("\n"), header);
        assertEquals("{'descr': '|u1', 'fortran_order': False, 'shape': " + shape + ", }", header.strip());
        assertArrayEquals(data, Arrays.copyOfRange(b, 10 + headerLength, b.length));
    }

    @Test
    void idxPlainAndGzippedReadBackIdentical() throws IOException {
        export("--format", "idx", "--gzip", "--split", "train", "--limit", "20");
        byte[] raw = Files.readAllBytes(tmp.resolve("train-images-idx3-ubyte.gz"));
        assertTrue(SyntheticIdx.startsWithGzipMagic(raw));
        IdxArray images = IdxReader.read(tmp.resolve("train-images-idx3-ubyte.gz"));
        assertArrayEquals(new int[] {20, 28, 28}, images.shape());
        assertArrayEquals(fashion.train().head(20).images(), images.bytes());
        assertArrayEquals(fashion.train().head(20).labels(),
                IdxReader.read(tmp.resolve("train-labels-idx1-ubyte.gz")).bytes());
    }

    @Test
    void outputThatIsAFileIsAnIoFailure() throws IOException {
        Path file = Files.writeString(tmp.resolve("occupied"), "x");
        Cli.Result r = Cli.run("export", "fashion", "--format", "npy", "--out", file.toString());
        assertEquals(ExitCode.FAILURE, r.code(), r.both());
        assertTrue(r.err().contains("fmnist: " + file + ": already exists (and is not a directory)"), r.both());
    }

    @Test
    void pngFilesAreNamedByIndexLabelAndName() throws IOException {
        Cli.Result r = export("--format", "png", "--split", "test", "--limit", "3");
        assertTrue(r.out().contains("png test: 3 images"), r.out());
        Path dir = tmp.resolve("test");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("00000_9_Ankle-boot.png", "00001_2_Pullover.png", "00002_1_Trouser.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        BufferedImage png = ImageIO.read(dir.resolve("00000_9_Ankle-boot.png").toFile());
        assertEquals(28, png.getWidth());
        assertEquals(28, png.getHeight());
        Raster raster = png.getRaster();
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                assertEquals(fashion.test().image(0).get(y, x), raster.getSample(x, y, 0), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aRerunAfterAnInterruptionWritesOnlyTheMissingFilesAndRemovesLeftovers() throws IOException {
        export("--format", "png", "--split", "test", "--limit", "3");
        Path dir = tmp.resolve("test");
        Path kept = dir.resolve("00000_9_Ankle-boot.png");
        byte[] marker = "written by the first run".getBytes(StandardCharsets.US_ASCII);
        Files.write(kept, marker);
        Files.delete(dir.resolve("00002_1_Trouser.png"));
        Path leftover = Files.writeString(dir.resolve(".00002_1_Trouser.png.5e3a9c1f.tmp"), "half");

        export("--format", "png", "--split", "test", "--limit", "3");

        assertArrayEquals(marker, Files.readAllBytes(kept), "a complete file is not written again");
        assertEquals(28, ImageIO.read(dir.resolve("00002_1_Trouser.png").toFile()).getWidth());
        assertTrue(Files.notExists(leftover), "the interrupted run's temporary file is removed");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count());
        }
    }
}
