package dev.fmnist.data.source;

import java.time.Duration;

/**
 * Timeouts and retries for downloads and package clients.
 *
 * @param connectTimeout  how long to wait for a connection to a mirror
 * @param responseTimeout how long to wait for a response's headers
 * @param stallTimeout    how long a response body may deliver no byte before the download is abandoned
 * @param attempts        attempts per file and mirror (an interrupted or stalled download resumes where it stopped)
 * @param retryDelay      pause before the second attempt; each later pause is longer by the same amount
 * @param clientTimeout   how long a package client ({@code apt-get download}, {@code npm pack}) may run
 */
public record FetchSettings(Duration connectTimeout, Duration responseTimeout, Duration stallTimeout, int attempts,
                            Duration retryDelay, Duration clientTimeout) {
    /** 15 s to connect, 30 s for headers, 30 s without data, 3 attempts 1 s apart, 5 minutes per package client. */
    public static final FetchSettings DEFAULT = new FetchSettings(Duration.ofSeconds(15), Duration.ofSeconds(30),
            Duration.ofSeconds(30), 3, Duration.ofSeconds(1), Duration.ofMinutes(5));

    public FetchSettings {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
    }

    /** These settings with another time limit for package clients. */
    public FetchSettings withClientTimeout(Duration timeout) {
        return new FetchSettings(connectTimeout, responseTimeout, stallTimeout, attempts, retryDelay, timeout);
    }
}
