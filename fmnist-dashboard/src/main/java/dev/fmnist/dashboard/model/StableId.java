package dev.fmnist.dashboard.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids of the page's entries that stay the same from one reading of the files to the next (and in a link). */
final class StableId {
    private StableId() {
    }

    /** {@code prefix} and the first 12 hex digits of the SHA-256 of the parts. */
    static String of(String prefix, String... parts) {
        MessageDigest sha = sha256();
        for (String p : parts) {
            sha.update(p.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return prefix + HexFormat.of().formatHex(sha.digest(), 0, 6);
    }

    /** {@code prefix} and the first 12 hex digits of the SHA-256 of the bytes. */
    static String of(String prefix, byte[] bytes) {
        return prefix + HexFormat.of().formatHex(sha256().digest(bytes), 0, 6);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
