package dev.fmnist.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions of fmnist and of the libraries it reports in results and model files, as the build wrote them from
 * the POM into {@code version.properties}: the one place they are read from.
 */
public final class Version {
    private static final Properties VERSIONS = read();

    private Version() {
    }

    /** fmnist's version, for example {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return of("version");
    }

    /** The version of a library the build uses: {@code djl}, {@code pytorch} or {@code xgboost}. */
    public static String of(String component) {
        return VERSIONS.getProperty(component, "unknown");
    }

    private static Properties read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
