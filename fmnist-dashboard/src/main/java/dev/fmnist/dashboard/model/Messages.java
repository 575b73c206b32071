package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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
        if (e instanceof JsonProcessingException j && j.getOriginalMessage() != null) {
            // the parser's own words and where, without its note on the source it was told not to include
            JsonLocation at = j.getLocation();
            m = j.getOriginalMessage() + (at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() <= 200 ? m : m.substring(0, 197) + "...";
    }
}
