package dev.fmnist.cli;

import dev.fmnist.data.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code fmnist --version}: the project version and the Java runtime. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "fmnist " + Version.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
