package dev.fmnist.cli.export;

import java.util.Locale;

/** The formats {@code fmnist export} writes, each with its exporter. */
public enum ExportFormat {
    PNG(new PngExporter(), false),
    CSV(new CsvExporter(), true),
    NPY(new NpyExporter(), false),
    IDX(new IdxExporter(), true);

    private final SplitExporter exporter;
    private final boolean gzipSupported;

    ExportFormat(SplitExporter exporter, boolean gzipSupported) {
        this.exporter = exporter;
        this.gzipSupported = gzipSupported;
    }

    public SplitExporter exporter() {
        return exporter;
    }

    /** Whether {@code --gzip} applies to this format. */
    public boolean gzipSupported() {
        return gzipSupported;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
