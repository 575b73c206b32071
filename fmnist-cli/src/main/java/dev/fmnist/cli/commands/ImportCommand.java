package dev.fmnist.cli.commands;

import dev.fmnist.cli.DatasetConverter;
import dev.fmnist.cli.ExitCode;
import dev.fmnist.cli.SplitName;
import dev.fmnist.cli.Verb;
import dev.fmnist.data.Split;
import dev.fmnist.data.format.KaggleCsvReader;
import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxWriter;
import dev.fmnist.data.progress.ConsoleProgress;
import dev.fmnist.data.progress.Progress;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fmnist import}: turns a CSV file in Kaggle's layout back into IDX files. The whole file is checked before
 * anything is written; the first malformed row stops the import with its line, column and problem.
 */
@Command(name = "import", sortOptions = false,
        description = {"Convert a CSV file in Kaggle's layout back into IDX files.",
                "Reads label,pixel1,...,pixel784 rows (header optional, gzipped or not) and writes "
                        + "DIR/train-images-idx3-ubyte and DIR/train-labels-idx1-ubyte (t10k-... for the test split).",
                "Nothing is written unless every row is valid; the first bad row is reported with its line, column "
                        + "and problem."},
        footer = {"", "Examples:", "  fmnist import --from csv fashion-mnist_train.csv --out idx/",
                "  fmnist import --from csv my-images.csv --split test --gzip --out idx/"})
public final class ImportCommand extends Verb {
    /** The formats import reads. */
    enum Format { CSV }

    @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "The input format: csv.")
    private Format from;

    @Parameters(paramLabel = "FILE", description = "The file to convert.")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output directory.")
    private Path out;

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "train or test; by default inferred from the file name (train, test or t10k in it).")
    private SplitName split;

    @Option(names = "--dataset", paramLabel = "DATASET", defaultValue = "fashion", converter = DatasetConverter.class,
            description = "Whose label names and checksums to use (default: ${DEFAULT-VALUE}).")
    private DatasetSpec dataset;

    @Option(names = "--gzip", description = "Gzip the IDX files.")
    private boolean gzip;

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(file)) {
            throw usageError(file + " is a directory; give the CSV file to import");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        SplitName target = split != null ? split : inferSplit();
        Split s;
        try (Progress p = new ConsoleProgress(err(), "import " + file.getFileName(), Files.size(file),
                ConsoleProgress.Units.BYTES, ConsoleProgress.isTerminal(), 10)) {
            s = KaggleCsvReader.read(file, target.toString(), dataset.labelNames(), p);
        }
        out().printf(Locale.ROOT, "read %,d %s images from %s%n", s.count(), target, file);
        boolean train = target == SplitName.TRAIN;
        write(IdxArray.ofUnsignedBytes(s.images(), s.count(), s.rows(), s.cols()),
                train ? FileRole.TRAIN_IMAGES : FileRole.TEST_IMAGES);
        write(IdxArray.ofUnsignedBytes(s.labels(), s.count()), train ? FileRole.TRAIN_LABELS : FileRole.TEST_LABELS);
        return ExitCode.OK;
    }

    private SplitName inferSplit() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean train = name.contains("train");
        boolean test = name.contains("test") || name.contains("t10k");
        if (train == test) {
            throw usageError("cannot tell from the name '" + file.getFileName()
                    + "' whether it holds the train or the test split; add --split train or --split test");
        }
        return train ? SplitName.TRAIN : SplitName.TEST;
    }

    /** Writes one IDX file and says whether it is identical to the registered dataset's file. */
    private void write(IdxArray array, FileRole role) throws IOException {
        Path target = out.resolve(gzip ? role.gzipName() : role.baseName());
        IdxWriter.write(array, target, gzip);
        String sha = payloadSha256(array);
        String expected = dataset.file(role).payloadSha256();
        out().printf("  %s  sha256 %s%s%n", target, sha, sha.equals(expected)
                ? "  (identical to " + dataset.title() + "'s " + role.baseName() + ")" : "");
    }

    private static String payloadSha256(IdxArray array) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(array.header().encode());
            sha.update(array.bytes());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
