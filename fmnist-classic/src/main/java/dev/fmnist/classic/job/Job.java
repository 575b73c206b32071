package dev.fmnist.classic.job;

import dev.fmnist.classic.grid.Configuration;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One unit of work: one repeat of one configuration on one dataset. A plain value, so that it can be sent to
 * wherever jobs execute.
 *
 * @param configuration the family and parameters
 * @param dataset       the dataset's name, for example {@code fashion}
 * @param repeat        the repeat's index, from 0
 * @param seed          the seed of the training-order shuffle and of the trainer's own randomness
 */
public record Job(Configuration configuration, String dataset, int repeat, long seed) {
    /** The job of a repeat, with the seed derived from the configuration, the dataset and the repeat index. */
    public static Job of(Configuration configuration, String dataset, int repeat) {
        return new Job(configuration, dataset, repeat, seed(configuration, dataset, repeat));
    }

    /**
     * The seed of a repeat: the first 8 bytes of SHA-256 over dataset, configuration key and repeat index. The same
     * job gets the same seed in every run, so a resumed or repeated benchmark shuffles the same way.
     */
    public static long seed(Configuration configuration, String dataset, int repeat) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest((dataset + "\n" + configuration.key() + "\n" + repeat)
                    .getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(h).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** Short text for logs: {@code SVC {C=10, kernel=rbf} on fashion #2}. */
    public String label() {
        return configuration.key() + " on " + dataset + " #" + (repeat + 1);
    }
}
