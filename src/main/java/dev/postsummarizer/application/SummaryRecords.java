package dev.postsummarizer.application;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds the states a stored post goes through: PENDING under a lease, then DONE or FAILED. */
final class SummaryRecords {

    private final Duration lease;

    SummaryRecords(Duration lease) {
        this.lease = lease;
    }

    /**
     * The item while an attempt holds the lease. It carries the new extraction metadata and keeps a previous
     * summary (if any) readable until the new one replaces it. Its version is the version read, which the
     * store uses as the write condition.
     */
    SummaryRecord pending(PostUrl url, ExtractedPost post, String contentHash, SummaryRecord previous,
            Instant now) {
        boolean first = previous == null;
        return new SummaryRecord(
                url.postId(),
                url.original(),
                post.canonicalUrl() != null ? post.canonicalUrl() : url.canonical(),
                post.title(),
                post.siteName(),
                post.author(),
                post.publishedAt(),
                post.language(),
                SummaryStatus.PENDING,
                first ? null : previous.summary(),
                first ? null : previous.keyFacts(),
                first ? null : previous.topics(),
                contentHash,
                post.wordCount(),
                first ? null : previous.model(),
                first ? null : previous.promptVersion(),
                first ? null : previous.inputTokens(),
                first ? null : previous.outputTokens(),
                first ? null : previous.droppedFacts(),
                first ? null : previous.degraded(),
                first ? 1 : previous.attempts() + 1,
                first ? null : previous.lastError(),
                first ? null : previous.failureKind(),
                first ? now : previous.createdAt(),
                now,
                first ? null : previous.summarizedAt(),
                now.plus(lease),
                first ? null : previous.digestDay(),
                first ? 0 : previous.version());
    }

    SummaryRecord done(SummaryRecord leased, Summary summary, Instant now) {
        return new SummaryRecord(
                leased.postId(), leased.url(), leased.canonicalUrl(), leased.title(), leased.siteName(),
                leased.author(), leased.publishedAt(), leased.language(),
                SummaryStatus.DONE,
                summary.summary(), summary.keyFacts(), summary.topics(),
                leased.contentHash(), leased.wordCount(),
                summary.model(), summary.promptVersion(), summary.inputTokens(), summary.outputTokens(),
                summary.droppedFacts(), summary.degraded(),
                leased.attempts(), null, null,
                leased.createdAt(), now, now, null,
                now.atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                leased.version());
    }

    SummaryRecord failed(SummaryRecord leased, ProcessingFailure failure, Instant now) {
        return new SummaryRecord(
                leased.postId(), leased.url(), leased.canonicalUrl(), leased.title(), leased.siteName(),
                leased.author(), leased.publishedAt(), leased.language(),
                SummaryStatus.FAILED,
                leased.summary(), leased.keyFacts(), leased.topics(),
                leased.contentHash(), leased.wordCount(),
                leased.model(), leased.promptVersion(), leased.inputTokens(), leased.outputTokens(),
                leased.droppedFacts(), leased.degraded(),
                leased.attempts(), failure.getMessage(), failure.kind().name(),
                leased.createdAt(), now, leased.summarizedAt(), null, leased.digestDay(),
                leased.version());
    }
}
