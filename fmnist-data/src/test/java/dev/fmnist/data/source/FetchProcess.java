package dev.fmnist.data.source;

import dev.fmnist.data.testing.SyntheticDataset;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * A separate process for {@link ConcurrentFetchTest}: fetches the synthetic dataset {@code (name, seed)} from one
 * mirror into a cache and prints where each file came from. Arguments: cache root, mirror URI, name, seed.
 */
public final class FetchProcess {
    private FetchProcess() {
    }

    public static void main(String[] args) throws IOException {
        SyntheticDataset data = SyntheticDataset.create(args[2], Long.parseLong(args[3]));
        FetchReport report = TestStores.store(Path.of(args[0])).fetch(data.spec(List.of(URI.create(args[1]))));
        report.files().forEach(f -> System.out.println(f.role() + " " + f.source()));
    }
}
