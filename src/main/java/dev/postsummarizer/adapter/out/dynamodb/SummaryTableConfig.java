package dev.postsummarizer.adapter.out.dynamodb;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The summaries table. */
@ConfigMapping(prefix = "summaries")
public interface SummaryTableConfig {

    /** Table name (SUMMARIES_TABLE in Lambda). */
    @WithDefault("post-summaries")
    String table();

    /** How long an attempt holds the PENDING lease before another attempt may take over. */
    @WithDefault("PT2M")
    Duration lease();

    /** Create the table and its index at start-up (dev and test only). */
    @WithDefault("false")
    boolean createTable();

    /** Keep items this long (DynamoDB TTL on expiresAt); empty keeps them forever. */
    Optional<Duration> ttl();
}
