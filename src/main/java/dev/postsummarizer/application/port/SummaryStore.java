package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.SummaryRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * The posts summarized on a day (UTC), newest first, one page at a time, from the {@code byDigestDay}
     * index (a query, never a scan).
     *
     * @param cursor null for the first page, else {@link DayPage#nextCursor()} of the previous page
     */
    DayPage listDay(LocalDate day, int limit, String cursor);

    /**
     * The story keys of a day's newest posts (what story linking compares), newest first, without the rest of
     * each record. Adapters that can read fewer attributes override this; the default reads the records.
     *
     * @param after only posts summarized after this instant; null for the day's newest whatever their time
     */
    default List<StoryCandidate> storyCandidates(LocalDate day, Instant after, int limit) {
        return listDay(day, limit, null).records().stream()
                .filter(r -> after == null || (r.summarizedAt() != null && r.summarizedAt().isAfter(after)))
                .map(r -> new StoryCandidate(r.postId(), r.storyId(), r.sketch(), r.summarizedAt()))
                .toList();
    }

    /**
     * @param sketch       the encoded text sketch, or null when the post has none (not summarized)
     * @param summarizedAt when the post was summarized (the day index's sort key), or null
     */
    record StoryCandidate(String postId, String storyId, String sketch, Instant summarizedAt) {
    }

    /**
     * One page of a day's posts.
     *
     * @param nextCursor opaque; null when there are no more pages
     */
    record DayPage(List<SummaryRecord> records, String nextCursor) {

        public DayPage {
            records = List.copyOf(records);
        }
    }
}
