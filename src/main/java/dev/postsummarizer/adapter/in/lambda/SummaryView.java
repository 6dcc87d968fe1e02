package dev.postsummarizer.adapter.in.lambda;

import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.SummaryRecord;
import java.time.Instant;
import java.util.List;

/**
 * A stored post as callers see it: the record without internal bookkeeping (the lease, the text sketch).
 * {@code skipReason} and {@code lastError} say why a post was SKIPPED or FAILED; {@code language} is the
 * post's language, {@code summaryLanguage} the summary's.
 */
public record SummaryView(
        String postId,
        String url,
        String canonicalUrl,
        String title,
        String siteName,
        String author,
        String publishedAt,
        String language,
        String summaryLanguage,
        RepostSource source,
        String status,
        String summary,
        List<KeyFact> keyFacts,
        List<String> topics,
        Integer droppedFacts,
        Boolean degraded,
        List<String> unsupported,
        Double estimatedCostUsd,
        String model,
        String promptVersion,
        Long inputTokens,
        Long outputTokens,
        String contentHash,
        Integer wordCount,
        String storyId,
        String skipReason,
        String failureKind,
        String lastError,
        int attempts,
        Instant createdAt,
        Instant updatedAt,
        Instant summarizedAt,
        String digestDay,
        long version) {

    public static SummaryView of(SummaryRecord r) {
        return new SummaryView(r.postId(), r.url(), r.canonicalUrl(), r.title(), r.siteName(), r.author(),
                r.publishedAt(), r.language(), r.summaryLanguage(), r.source(), r.status().name(), r.summary(), r.keyFacts(), r.topics(),
                r.droppedFacts(), r.degraded(), r.unsupported(), r.estimatedCostUsd(), r.model(), r.promptVersion(), r.inputTokens(), r.outputTokens(),
                r.contentHash(), r.wordCount(), r.storyId(), r.skipReason(), r.failureKind(), r.lastError(),
                r.attempts(), r.createdAt(), r.updatedAt(), r.summarizedAt(), r.digestDay(), r.version());
    }
}
