package dev.postsummarizer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The {@code http} function's limits. */
@ConfigMapping(prefix = "http-api")
public interface HttpApiConfig {

    /**
     * Longest a {@code POST /summaries?wait=true} caller waits for the inline summary before getting 202;
     * below API Gateway's 29 s integration timeout, with room to write the response.
     */
    @WithDefault("PT25S")
    Duration waitBudget();

    /** Page size of {@code GET /summaries} when no {@code limit} is given. */
    @WithDefault("20")
    int defaultLimit();

    /** Largest {@code limit} accepted by {@code GET /summaries}. */
    @WithDefault("100")
    int maxLimit();
}
