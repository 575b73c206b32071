package dev.fmnist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmnist embed} on the real datasets: its files, and its answers to bad input. */
class EmbedCommandTest {
    @TempDir
    Path tmp;

    @Test
    void pcaMapOfASampleWritesPictureCsvAndJson() throws IOException {
        Path png = tmp.resolve("maps/pca.png");
        Cli.Result r = Cli.run("embed", "fashion", "--method", "pca", "--split", "test", "--n", "300", "--out",
                png.toString());
        assertEquals(ExitCode.OK, r.code(), r.both());
        assertEquals(List.of(png.toString(), tmp.resolve("maps/pca.csv").toString(),
                tmp.resolve("maps/pca.json").toString()), r.out().lines().toList());
        assertTrue(r.err().contains("Fashion-MNIST, PCA, test, 300 images: "), r.err());
        assertTrue(r.err().contains("peak heap"), r.err());
        List<String> csv = Files.readAllLines(tmp.resolve("maps/pca.csv"));
        assertEquals(301, csv.size());
        assertEquals("index,split,label,label_name,x,y", csv.get(0));
        assertTrue(csv.stream().skip(1).allMatch(l -> l.split(",").length == 6 && l.contains(",test,")), csv.get(1));
        BufferedImage picture = ImageIO.read(png.toFile());
        assertTrue(picture.getWidth() > 900, "width " + picture.getWidth());
        assertTrue(Files.readString(tmp.resolve("maps/pca.json")).startsWith("{\"method\":\"pca\",\"seed\":0,"));
    }

    @Test
    void twoDatasetsSideBySideWithThumbnails() throws IOException {
        Path png = tmp.resolve("both.png");
        Cli.Result r = Cli.run("embed", "fashion", "mnist", "--method", "pca", "--split", "test", "--n", "200",
                "--thumbnails", "--out", png.toString());
        assertEquals(ExitCode.OK, r.code(), r.both());
        assertEquals(201, Files.readAllLines(tmp.resolve("both-fashion.csv")).size());
        assertEquals(201, Files.readAllLines(tmp.resolve("both-mnist.csv")).size());
        BufferedImage picture = ImageIO.read(png.toFile());
        assertTrue(picture.getWidth() > 2 * 2000, "two thumbnail panels: " + picture.getWidth());
    }

    @Test
    void badInputIsAOneLineErrorAndWritesNothing() throws IOException {
        String out = tmp.resolve("x.png").toString();
        expect(ExitCode.USAGE, "fmnist: Invalid value for option '--method': unknown method 'lda': use one of pca, "
                + "tsne, umap", "embed", "fashion", "--method", "lda", "--out", out);
        expect(ExitCode.USAGE, "fmnist: unknown dataset 'fashoin'", "embed", "fashoin", "--method", "pca",
                "--out", out);
        expect(ExitCode.USAGE, "fmnist: Invalid value for option '--split': expected one of [TRAIN, TEST, ALL]",
                "embed", "fashion", "--method", "pca", "--split", "val", "--out", out);
        expect(ExitCode.USAGE, "fmnist: --n 10001 is larger than the 10,000 images of fashion (--split test): give "
                + "1 to 10000", "embed", "fashion", "--method", "pca", "--split", "test", "--n", "10001", "--out", out);
        expect(ExitCode.USAGE, "fmnist: --n must be at least 1, not 0", "embed", "fashion", "--method", "pca",
                "--n", "0", "--out", out);
        Path file = Files.writeString(tmp.resolve("file"), "not a directory");
        expect(ExitCode.FAILURE, "fmnist: cannot write --out " + file.resolve("x.png"), "embed", "fashion",
                "--method", "pca", "--split", "test", "--n", "100", "--out", file.resolve("x.png").toString());
        Path json = Files.createDirectory(tmp.resolve("map.json"));
        expect(ExitCode.USAGE, "fmnist: --out " + tmp.resolve("map.png") + ": " + json + ", which embed writes beside "
                + "the picture, is a directory", "embed", "fashion", "--method", "pca", "--split", "test", "--n", "100",
                "--out", tmp.resolve("map.png").toString());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(Set.of(file, json), left.collect(Collectors.toSet()), "nothing written");
        }
    }

    private static void expect(int code, String start, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(code, r.code(), r.both());
        assertTrue(r.err().startsWith(start), r.both());
        assertTrue(r.err().lines().count() <= 2, "one line, and the hint to --help: " + r.both());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.both());
    }
}
