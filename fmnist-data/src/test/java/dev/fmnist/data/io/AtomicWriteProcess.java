package dev.fmnist.data.io;

import java.io.IOException;
import java.nio.file.Path;

/** A separate process for {@link AtomicFilesDurabilityTest}: writes one file with {@link AtomicFiles}. */
public final class AtomicWriteProcess {
    private AtomicWriteProcess() {
    }

    public static void main(String[] args) throws IOException {
        AtomicFiles.writeString(Path.of(args[0]), "content");
    }
}
