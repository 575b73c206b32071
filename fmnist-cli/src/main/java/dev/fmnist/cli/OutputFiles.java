package dev.fmnist.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the files a verb writes, made before any long work. */
public final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Fails now when the directory of {@code file} (given as {@code option}) cannot take a file: it is created if
     * missing, and a temporary file is made and deleted in it.
     *
     * @throws IOException a one-line message naming the option, the file and what to do
     */
    public static void checkWritable(String option, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String what = "cannot write " + option + " " + file + ": ";
        String todo = "; choose a file in a directory you can write";
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".fmnist-out", ".tmp"));
        } catch (FileAlreadyExistsException e) {
            throw new IOException(what + e.getFile() + " is a file, not a directory" + todo, e);
        } catch (AccessDeniedException e) {
            throw new IOException(what + "permission denied on " + e.getFile() + todo, e);
        } catch (IOException e) {
            throw new IOException(what + e.getMessage() + todo, e);
        }
        if (Files.isDirectory(file)) {
            throw new IOException(what + "it is a directory" + todo);
        }
    }
}
