package dev.fmnist.cli.verify;

import dev.fmnist.data.idx.IdxArray;
import dev.fmnist.data.idx.IdxHeader;
import dev.fmnist.data.idx.IdxReader;
import dev.fmnist.data.idx.IdxType;
import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import dev.fmnist.data.registry.FileRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks IDX files thoroughly and reports every problem found: readability, header, size against the header, gzip
 * integrity, and for files named like a registered dataset file, the shape, label range and checksum that file
 * must have. Image and label files of the same split in the same folder must agree in count.
 */
public final class IdxFileChecker {
    /** A registered file a checked file may be. */
    private record Candidate(DatasetSpec spec, FileRole role) {
        String describe() {
            return spec.title() + " " + role.baseName();
        }
    }

    private IdxFileChecker() {
    }

    /** Checks a file against every registered file of the same name (none if the name is not a registered one). */
    public static FileCheck check(Path file) {
        String name = file.getFileName().toString();
        List<Candidate> candidates = new ArrayList<>();
        for (DatasetSpec spec : Datasets.all()) {
            for (FileRole role : FileRole.values()) {
                if (role.acceptedNames().contains(name)) {
                    candidates.add(new Candidate(spec, role));
                }
            }
        }
        return check(file, candidates);
    }

    /** Checks a file that must be {@code role} of {@code spec}. */
    public static FileCheck check(Path file, DatasetSpec spec, FileRole role) {
        return check(file, List.of(new Candidate(spec, role)));
    }

    private static FileCheck check(Path file, List<Candidate> candidates) {
        FileRole role = candidates.isEmpty() ? null : candidates.get(0).role();
        if (!Files.isRegularFile(file)) {
            return new FileCheck(file, role, null, "", List.of(Files.isDirectory(file)
                    ? "a directory with no dataset files in it (train-images-idx3-ubyte.gz and the like)"
                    : Files.exists(file) ? "not a regular file (a device or a pipe); give an IDX file"
                    : Files.isSymbolicLink(file) ? "a link that leads to no file (broken, or a loop)" : "no such file"));
        }
        MessageDigest sha = digest("SHA-256");
        IdxArray array;
        try {
            array = IdxReader.read(file, sha);
        } catch (IOException e) {
            return new FileCheck(file, role, null, "", List.of(withoutPath(e.getMessage(), file)));
        }
        String payloadSha = HexFormat.of().formatHex(sha.digest());
        List<String> problems = new ArrayList<>();
        StringBuilder summary = new StringBuilder(array.header().toString());
        if (candidates.isEmpty()) {
            summary.append(", payload sha256 ").append(payloadSha)
                    .append(" (not a registered file name, so no checksum to compare)");
            return new FileCheck(file, null, array.header(), summary.toString(), problems);
        }
        checkShape(array, candidates.get(0), problems);
        Optional<Candidate> match = identify(file, payloadSha, candidates, problems);
        match.ifPresent(c -> summary.append(", ").append(c.describe()));
        return new FileCheck(file, role, array.header(), summary.toString(), problems);
    }

    /** The registered file whose checksum this file has; otherwise a problem naming what was expected. */
    private static Optional<Candidate> identify(Path file, String payloadSha, List<Candidate> candidates,
                                                List<String> problems) {
        List<Candidate> bySha = candidates.stream().filter(c -> c.spec().file(c.role()).payloadSha256() != null)
                .collect(Collectors.toList());
        for (Candidate c : bySha) {
            if (c.spec().file(c.role()).payloadSha256().equals(payloadSha)) {
                return Optional.of(c);
            }
        }
        List<Candidate> byMd5 = candidates.stream().filter(c -> c.spec().file(c.role()).payloadSha256() == null
                && c.spec().file(c.role()).gzipMd5() != null).collect(Collectors.toList());
        String fileMd5 = byMd5.isEmpty() ? null : fileMd5(file, problems);
        for (Candidate c : byMd5) {
            if (c.spec().file(c.role()).gzipMd5().equals(fileMd5)) {
                return Optional.of(c);
            }
        }
        List<String> expected = new ArrayList<>();
        bySha.forEach(c -> expected.add("payload sha256 " + c.spec().file(c.role()).payloadSha256()
                + " (" + c.spec().title() + ")"));
        byMd5.forEach(c -> expected.add("gzip md5 " + c.spec().file(c.role()).gzipMd5() + " (" + c.spec().title() + ")"));
        problems.add("checksum mismatch: payload sha256 is " + payloadSha + (fileMd5 == null ? "" : ", file md5 "
                + fileMd5) + "; expected " + String.join(" or ", expected));
        return Optional.empty();
    }

    private static void checkShape(IdxArray array, Candidate c, List<String> problems) {
        IdxHeader h = array.header();
        int count = c.spec().count(c.role());
        String expected = c.role().isImages()
                ? String.format(Locale.ROOT, "unsigned byte [%d x %d x %d]", count, DatasetSpec.ROWS, DatasetSpec.COLS)
                : String.format(Locale.ROOT, "unsigned byte [%d]", count);
        if (!h.toString().equals(expected)) {
            problems.add("holds " + h + "; " + c.role().baseName() + " should hold " + expected);
        }
        if (!c.role().isImages() && h.type() == IdxType.UNSIGNED_BYTE) {
            int classes = c.spec().classCount();
            byte[] labels = array.bytes();
            for (int i = 0; i < labels.length; i++) {
                if ((labels[i] & 0xFF) >= classes) {
                    problems.add(String.format(Locale.ROOT, "label %d at index %,d is outside 0..%d",
                            labels[i] & 0xFF, i, classes - 1));
                    break;
                }
            }
        }
    }

    /**
     * Adds a problem to each label file whose image file (same folder, same split) holds a different number of
     * items.
     */
    public static List<FileCheck> checkPairs(List<FileCheck> checks) {
        Map<String, FileCheck> images = new HashMap<>();
        for (FileCheck c : checks) {
            if (c.role() != null && c.role().isImages() && c.header() != null) {
                images.put(pairKey(c), c);
            }
        }
        List<FileCheck> result = new ArrayList<>();
        for (FileCheck c : checks) {
            FileCheck img = c.role() != null && !c.role().isImages() && c.header() != null
                    ? images.get(pairKey(c)) : null;
            if (img != null && img.header().dim(0) != c.header().dim(0)) {
                c = c.withProblem(String.format(Locale.ROOT, "holds %,d labels but %s holds %,d images",
                        c.header().dim(0), img.path(), img.header().dim(0)));
            }
            result.add(c);
        }
        return result;
    }

    /** The files in {@code dir} named like a dataset file, sorted; empty if it is not a directory. */
    public static List<Path> datasetFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Stream.of(FileRole.values())
                    .anyMatch(r -> r.acceptedNames().contains(p.getFileName().toString()))).sorted().toList();
        }
    }

    /** Whether {@code dir} is a directory holding at least one file named like a dataset file. */
    public static boolean holdsDatasetFiles(Path dir) {
        try {
            return !datasetFiles(dir).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String pairKey(FileCheck c) {
        return c.path().toAbsolutePath().getParent() + "|" + c.role().split();
    }

    private static String fileMd5(Path file, List<String> problems) {
        MessageDigest md5 = digest("MD5");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            problems.add("cannot read it again to compute its MD5: " + e.getMessage());
            return null;
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /** IDX errors start with the file's name, which the report already shows. */
    private static String withoutPath(String message, Path file) {
        String prefix = file.toString();
        if (message != null && message.startsWith(prefix)) {
            String rest = message.substring(prefix.length());
            return rest.startsWith(": ") ? rest.substring(2) : rest.strip();
        }
        return message == null ? "cannot be read" : message;
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
