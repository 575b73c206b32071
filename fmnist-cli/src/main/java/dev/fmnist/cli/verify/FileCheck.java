package dev.fmnist.cli.verify;

import dev.fmnist.data.idx.IdxHeader;
import dev.fmnist.data.registry.FileRole;
import java.nio.file.Path;
import java.util.List;

/**
 * What checking one file found.
 *
 * @param path     the file
 * @param role     which dataset file its name says it is, or null
 * @param header   its IDX header if it could be read, or null
 * @param summary  what it holds, for example {@code unsigned byte [60000 x 28 x 28], Fashion-MNIST
 *                 train-images-idx3-ubyte}; empty if it could not be read
 * @param problems everything wrong with it; empty if it is sound
 */
public record FileCheck(Path path, FileRole role, IdxHeader header, String summary, List<String> problems) {
    public FileCheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** This check with one more problem. */
    FileCheck withProblem(String problem) {
        List<String> all = new java.util.ArrayList<>(problems);
        all.add(problem);
        return new FileCheck(path, role, header, summary, all);
    }
}
