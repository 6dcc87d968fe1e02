package dev.postsummarizer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Files of URLs dropped in the bucket (the {@code s3} function). */
@ConfigMapping(prefix = "url-lists")
public interface UrlListConfig {

    /** Largest file read; bigger ones are refused whole (TOO_LARGE) so a stray upload cannot stall the function. */
    @WithDefault("1048576")
    long maxBytes();
}
