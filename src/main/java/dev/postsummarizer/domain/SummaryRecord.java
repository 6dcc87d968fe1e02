package dev.postsummarizer.domain;

import java.time.Instant;
import java.util.List;

/**
 * The stored state of one post: what extraction and the summarizer produced, plus bookkeeping for the
 * cache (contentHash, model, promptVersion), cost (tokens), retries (attempts, lastError, leaseUntil),
 * story grouping (sketch, storyId), reposts (source), skipped pages (skipReason, with lastError as the human
 * message) and optimistic locking (version). {@code language} is the post's, {@code summaryLanguage} the
 * summary's; {@code unsupported} lists what the summary says that the text does not support (flagged, see
 * Summary), {@code estimatedCostUsd} the model call's priced tokens. Fields not yet known are null. Build and change records with
 * {@link #builder()} and {@link #toBuilder()}.
 */
public record SummaryRecord(
        String postId,
        String url,
        String canonicalUrl,
        String title,
        String siteName,
        String author,
        String publishedAt,
        String language,
        SummaryStatus status,
        String summary,
        List<KeyFact> keyFacts,
        List<String> topics,
        String contentHash,
        Integer wordCount,
        String model,
        String promptVersion,
        Long inputTokens,
        Long outputTokens,
        Integer droppedFacts,
        Boolean degraded,
        int attempts,
        String lastError,
        String failureKind,
        Instant createdAt,
        Instant updatedAt,
        Instant summarizedAt,
        Instant leaseUntil,
        String digestDay,
        RepostSource source,
        String skipReason,
        String storyId,
        String sketch,
        String summaryLanguage,
        List<String> unsupported,
        Double estimatedCostUsd,
        long version) {

    public SummaryRecord {
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        topics = topics == null ? List.of() : List.copyOf(topics);
        unsupported = unsupported == null ? List.of() : List.copyOf(unsupported);
    }

    /** True when this record already holds a summary of exactly this text by this model and prompt. */
    public boolean isCurrentFor(String contentHash, String model, String promptVersion) {
        return status == SummaryStatus.DONE
                && contentHash != null && contentHash.equals(this.contentHash)
                && model != null && model.equals(this.model)
                && promptVersion != null && promptVersion.equals(this.promptVersion);
    }

    /** The same record at another version (the store stamps the version it writes). */
    public SummaryRecord withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    public static SummaryRecordBuilder builder() {
        return new SummaryRecordBuilder();
    }

    public SummaryRecordBuilder toBuilder() {
        return SummaryRecordBuilder.from(this);
    }
}
