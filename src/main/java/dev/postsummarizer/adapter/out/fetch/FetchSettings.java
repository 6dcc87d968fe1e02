package dev.postsummarizer.adapter.out.fetch;

import java.time.Duration;
import java.util.Set;

/**
 * What the fetcher is allowed to do, independent of how it is configured (the Quarkus mapping lives in
 * {@code config.FetchConfig}; plain unit tests build this record directly).
 *
 * @param connectTimeout  how long one TCP (and TLS) connect may take
 * @param totalTimeout    the budget for the whole fetch, all redirect hops included
 * @param maxBodyBytes    body cap, applied to the bytes on the wire and again after decompression
 * @param maxRedirects    redirects followed before giving up
 * @param allowedPorts    ports a URL may name; the scheme's default port must be in here too
 * @param allowLoopback   when true, the literal host {@code 127.0.0.1} is allowed on any port (tests only)
 * @param userAgent       sent on every request
 * @param maxUrlLength    longest URL (including redirect targets) accepted
 */
public record FetchSettings(Duration connectTimeout, Duration totalTimeout, long maxBodyBytes, int maxRedirects,
        Set<Integer> allowedPorts, boolean allowLoopback, String userAgent, int maxUrlLength) {

    public static final long MIB = 1024L * 1024L;

    public FetchSettings {
        allowedPorts = Set.copyOf(allowedPorts);
        if (maxBodyBytes <= 0 || maxRedirects < 0 || maxUrlLength <= 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }

    /** The production defaults: connect 5 s, total 15 s, 5 MiB, 5 redirects, ports 80 and 443, no loopback. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), 5 * MIB, 5, Set.of(80, 443), false,
                "post-summarizer/0.1", 2048);
    }

    public FetchSettings withAllowLoopback(boolean allow) {
        return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowedPorts, allow,
                userAgent, maxUrlLength);
    }

    public FetchSettings withAllowedPorts(Set<Integer> ports) {
        return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, ports, allowLoopback,
                userAgent, maxUrlLength);
    }

    public FetchSettings withTimeouts(Duration connect, Duration total) {
        return new FetchSettings(connect, total, maxBodyBytes, maxRedirects, allowedPorts, allowLoopback, userAgent,
                maxUrlLength);
    }

    public FetchSettings withMaxBodyBytes(long bytes) {
        return new FetchSettings(connectTimeout, totalTimeout, bytes, maxRedirects, allowedPorts, allowLoopback,
                userAgent, maxUrlLength);
    }

    /** The cap in words for error messages, e.g. "5 MiB". */
    public String maxBodyInWords() {
        return maxBodyBytes % MIB == 0 ? (maxBodyBytes / MIB) + " MiB"
                : String.format(java.util.Locale.ROOT, "%.2f MiB", maxBodyBytes / (double) MIB);
    }
}
