package dev.fmnist.dashboard.model;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One-line descriptions of why a file could not be read, for the page's warnings. */
final class Messages {
    private Messages() {
    }

    /** What went wrong, with the file it concerns. */
    static String of(Exception e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": " + (n.getReason() == null ? "no such file" : n.getReason());
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() <= 200 ? m : m.substring(0, 197) + "...";
    }
}
