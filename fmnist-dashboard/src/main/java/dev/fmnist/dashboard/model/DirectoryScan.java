package dev.fmnist.dashboard.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The regular files directly in a directory, in name order, at most {@value #MAX_FILES}: a symbolic link is
 * followed only when it leads to a file inside the directory, so that a link out of it is never read.
 */
final class DirectoryScan {
    /** The most entries looked at in one directory. */
    static final int MAX_FILES = 10_000;

    private DirectoryScan() {
    }

    /** The files in a found state: what was listed, and what was left out and why. */
    record Listing(List<Path> files, List<String> refused) {
    }

    /** The regular files of {@code dir} whose names end with one of {@code suffixes}; none when it is missing. */
    static Listing files(Path dir, String... suffixes) {
        List<Path> files = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Listing(files, refused);
        }
        try {
            Path real = dir.toRealPath();
            int seen = 0;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (++seen > MAX_FILES) {
                        refused.add(dir + ": more than " + MAX_FILES + " entries; the rest were not read");
                        break;
                    }
                    if (!matches(p, suffixes) || p.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    String link = Files.isSymbolicLink(p) ? refusedLink(p, real, dir) : null;
                    if (link != null) {
                        refused.add(link);
                        continue;
                    }
                    if (Files.isRegularFile(p)) {
                        files.add(p);
                    }
                }
            }
        } catch (IOException e) {
            refused.add(Messages.of(e));
        }
        files.sort(null);
        return new Listing(files, refused);
    }

    private static boolean matches(Path p, String... suffixes) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String s : suffixes) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Why a link is not read (it leads out of the directory, or to nothing), or null when it is read. */
    private static String refusedLink(Path link, Path realDir, Path dir) {
        try {
            return link.toRealPath().startsWith(realDir) ? null : link + ": a link out of " + dir + ", not read";
        } catch (IOException e) {
            return link + ": a link that leads to no file (broken, or a loop), not read";
        }
    }

    /** The size and modification time of a file, for noticing changes; "-" when it is missing. */
    static String stamp(Path file) {
        try {
            return file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                    .toMillis();
        } catch (IOException e) {
            return file + ":-";
        }
    }
}
