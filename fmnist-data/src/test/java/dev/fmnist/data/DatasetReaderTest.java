package dev.fmnist.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxFormatException;
import dev.fmnist.data.idx.IdxWriter;
import dev.fmnist.data.idx.SyntheticIdx;
import dev.fmnist.data.testing.SyntheticDataset;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFourFilesOfADirectoryWithTheirPayloadChecksums() throws Exception {
        Map<FileRole, IdxArray> written = SyntheticDataset.write(dir, 60, 20, true);

        Dataset d = DatasetReader.readDirectory(Datasets.FASHION, dir);

        assertEquals("fashion", d.name());
        assertEquals(60, d.train().count());
        assertEquals(20, d.test().count());
        assertEquals(28, d.train().rows());
        assertEquals(28, d.train().cols());
        assertArrayEquals(written.get(FileRole.TRAIN_IMAGES).bytes(), d.train().images());
        assertArrayEquals(written.get(FileRole.TEST_LABELS).bytes(), d.test().labels());
        assertEquals("Ankle boot", d.test().labelName(9));
        assertEquals(4, d.provenance().size());
        for (FileProvenance p : d.provenance()) {
            assertEquals(dir.resolve(p.role().gzipName()), p.path());
            assertEquals("dir " + dir, p.source());
            byte[] plain = SyntheticIdx.decompressed(p.path());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain)),
                    p.payloadSha256(), p.role().toString());
        }
    }

    @Test
    void acceptsPlainFilesAndDottedNames() throws IOException {
        Map<FileRole, IdxArray> written = SyntheticDataset.write(dir, 30, 10, false);
        for (FileRole role : FileRole.values()) {
            Files.move(dir.resolve(role.baseName()), dir.resolve(role.baseName().replace("-idx", ".idx")));
        }
        assertEquals(dir.resolve("train-images.idx3-ubyte"), DatasetFiles.find(dir, FileRole.TRAIN_IMAGES).get());
        Dataset d = DatasetReader.readDirectory(Datasets.MNIST, dir);
        assertArrayEquals(written.get(FileRole.TEST_IMAGES).bytes(), d.test().images());
    }

    @Test
    void findsTheFirstAcceptedNameAndNothingElse() throws IOException {
        assertTrue(DatasetFiles.find(dir, FileRole.TEST_LABELS).isEmpty());
        Files.write(dir.resolve("t10k-labels.idx1-ubyte.gz"), new byte[1]);
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), new byte[1]);
        Files.createDirectory(dir.resolve("t10k-labels-idx1-ubyte.gz"));
        assertEquals(dir.resolve("t10k-labels-idx1-ubyte"), DatasetFiles.find(dir, FileRole.TEST_LABELS).get());
    }

    @Test
    void missingFileListsTheNamesLookedFor() throws IOException {
        SyntheticDataset.write(dir, 10, 10, true);
        Files.delete(dir.resolve("t10k-images-idx3-ubyte.gz"));
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> DatasetReader.readDirectory(Datasets.FASHION, dir));
        assertEquals(dir.resolve("t10k-images-idx3-ubyte.gz") + ": not found (also looked for "
                + "t10k-images-idx3-ubyte.gz, t10k-images-idx3-ubyte, t10k-images.idx3-ubyte.gz, "
                + "t10k-images.idx3-ubyte)", e.getMessage());
    }

    @Test
    void imagesAndLabelsThatDisagreeInCount() throws IOException {
        SyntheticDataset.write(dir, 60, 20, true);
        Path labels = dir.resolve("train-labels-idx1-ubyte.gz");
        IdxWriter.write(IdxArray.ofUnsignedBytes(SyntheticDataset.labels(59), 59), labels, true);
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> DatasetReader.readDirectory(Datasets.FASHION, dir));
        assertEquals("the train images and labels disagree: " + dir.resolve("train-images-idx3-ubyte.gz")
                + " holds 60 images but " + labels + " holds 59 labels", e.getMessage());
    }

    @Test
    void labelOutOfRange() throws IOException {
        SyntheticDataset.write(dir, 20, 20, true);
        byte[] labels = SyntheticDataset.labels(20);
        labels[13] = 10;
        Path file = dir.resolve("t10k-labels-idx1-ubyte.gz");
        IdxWriter.write(IdxArray.ofUnsignedBytes(labels, 20), file, true);
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> DatasetReader.readDirectory(Datasets.FASHION, dir));
        assertEquals(file + ": test: label 10 of image 13 is outside 0..9", e.getMessage());
    }

    @Test
    void filesOfTheWrongShape() throws IOException {
        SyntheticDataset.write(dir, 20, 20, true);
        Path images = dir.resolve("train-images-idx3-ubyte.gz");
        Files.copy(dir.resolve("train-labels-idx1-ubyte.gz"), images, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> DatasetReader.readDirectory(Datasets.FASHION, dir));
        assertEquals(images + ": expected unsigned-byte images [n x rows x cols] (magic 0x00000803), "
                + "found unsigned byte [20]", e.getMessage());

        SyntheticDataset.write(dir, 20, 20, true);
        Path labels = dir.resolve("t10k-labels-idx1-ubyte.gz");
        IdxWriter.write(IdxArray.ofInts(new int[20], 20), labels, true);
        e = assertThrows(IdxFormatException.class, () -> DatasetReader.readDirectory(Datasets.FASHION, dir));
        assertEquals(labels + ": expected unsigned-byte labels [n] (magic 0x00000801), found int [20]",
                e.getMessage());
    }

    @Test
    void aMalformedFileFailsTheWholeReadWithItsOwnMessage() throws IOException {
        SyntheticDataset.write(dir, 20, 20, true);
        Path file = dir.resolve("train-images-idx3-ubyte.gz");
        byte[] gz = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(gz, gz.length / 2));
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> DatasetReader.readDirectory(Datasets.FASHION, dir));
        assertTrue(e.getMessage().startsWith(file + ": the gzip stream ends early"), e.getMessage());
    }

    @Test
    void everyFileMustBeGiven() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetReader.readAll(Map.of(FileRole.TRAIN_IMAGES, dir.resolve("x"))));
        assertEquals("no file given for train-labels-idx1-ubyte", e.getMessage());
    }
}
