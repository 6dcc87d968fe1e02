package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.SummaryRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * Durable state of posts, keyed by postId. Every write is conditional so that duplicate deliveries and
 * concurrent attempts leave one consistent item.
 */
public interface SummaryStore {

    Optional<SummaryRecord> find(String postId);

    /**
     * Takes the processing lease for a post: creates a PENDING item, or turns an existing one PENDING,
     * unless another attempt holds an unexpired lease.
     *
     * @param pending the item as it should read while the lease is held (status PENDING, leaseUntil set)
     * @return the record as written (with its new version), or empty when another attempt holds the lease
     */
    Optional<SummaryRecord> acquireLease(SummaryRecord pending, Instant now);

    /**
     * Replaces the item with {@code updated} if its stored version is still {@code expectedVersion}.
     *
     * @return the record as written (version incremented), or empty when another writer got there first
     */
    Optional<SummaryRecord> replace(SummaryRecord updated, long expectedVersion);
}
