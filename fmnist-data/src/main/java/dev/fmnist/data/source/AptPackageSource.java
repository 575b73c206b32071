package dev.fmnist.data.source;

import dev.fmnist.data.registry.PackageSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A Debian package: {@code apt-get download <name>} (works unprivileged, installs nothing) in a temporary
 * directory, then {@code dpkg-deb --fsys-tarfile} streams the package's files.
 */
final class AptPackageSource extends PackageArchiveSource {
    AptPackageSource(PackageSource pkg, DatasetCache cache, ExternalCommand commands, DownloadProgress progress) {
        super(pkg, cache, commands, progress);
    }

    @Override
    InputStream openArchive(WorkDirectory work) throws IOException {
        String name = pkg.version() == null ? pkg.name() : pkg.name() + "=" + pkg.version();
        commands.run(work, "apt-get", "download", name);
        Path deb = onlyFile(work.path(), ".deb", "apt-get download");
        return commands.output(work, "dpkg-deb", "--fsys-tarfile", deb.toString());
    }
}
