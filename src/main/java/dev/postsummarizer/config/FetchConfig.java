package dev.postsummarizer.config;

import dev.postsummarizer.adapter.out.fetch.FetchSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** The page fetcher's limits ({@code fetch.*} in application.properties). */
@ConfigMapping(prefix = "fetch")
public interface FetchConfig {

    /** Longest a TCP/TLS connect may take. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Budget for a whole fetch, redirects included. */
    @WithDefault("15s")
    Duration totalTimeout();

    /** Body cap in bytes, raw and after decompression (5 MiB). */
    @WithDefault("5242880")
    long maxBodyBytes();

    @WithDefault("5")
    int maxRedirects();

    /** Ports a URL may use; the scheme's default port must be listed too. */
    @WithDefault("80,443")
    Set<Integer> allowedPorts();

    /** Tests only: allow the literal host 127.0.0.1, on any port. Never in production. */
    @WithDefault("false")
    boolean allowLoopback();

    @WithDefault("post-summarizer/0.1")
    String userAgent();

    @WithDefault("2048")
    int maxUrlLength();

    default FetchSettings settings() {
        return new FetchSettings(connectTimeout(), totalTimeout(), maxBodyBytes(), maxRedirects(), allowedPorts(),
                allowLoopback(), userAgent(), maxUrlLength());
    }
}
