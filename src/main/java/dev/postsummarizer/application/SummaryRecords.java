package dev.postsummarizer.application;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.PageVerdict;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Builds the states a stored post goes through: PENDING under a lease, then DONE, FAILED or SKIPPED. Every
 * settled state carries {@code digestDay} and {@code summarizedAt} (for FAILED and SKIPPED: when the attempt
 * settled), the keys of the {@code byDigestDay} index, so that the day's digest can list what failed.
 */
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
    SummaryRecord pending(PostUrl url, ExtractedPost post, RepostSource source, String contentHash,
            SummaryRecord previous, Instant now) {
        return (previous == null
                ? SummaryRecord.builder().postId(url.postId()).createdAt(now).attempts(1)
                : previous.toBuilder().attempts(previous.attempts() + 1))
                .url(url.original())
                .canonicalUrl(post.canonicalUrl() != null ? post.canonicalUrl() : url.canonical())
                .title(post.title())
                .siteName(post.siteName())
                .author(post.author())
                .publishedAt(post.publishedAt())
                .language(post.language())
                .source(source)
                .status(SummaryStatus.PENDING)
                .contentHash(contentHash)
                .wordCount(post.wordCount())
                .skipReason(null)
                .updatedAt(now)
                .leaseUntil(now.plus(lease))
                .build();
    }

    SummaryRecord done(SummaryRecord leased, Summary summary, String sketch, String storyId, Instant now) {
        return leased.toBuilder()
                .status(SummaryStatus.DONE)
                .summary(summary.summary())
                .keyFacts(summary.keyFacts())
                .topics(summary.topics())
                .summaryLanguage(summary.language())
                .model(summary.model())
                .promptVersion(summary.promptVersion())
                .inputTokens(summary.inputTokens())
                .outputTokens(summary.outputTokens())
                .droppedFacts(summary.droppedFacts())
                .degraded(summary.degraded())
                .unsupported(summary.unsupported())
                .estimatedCostUsd(summary.estimatedCostUsd())
                .lastError(null)
                .failureKind(null)
                .updatedAt(now)
                .summarizedAt(now)
                .leaseUntil(null)
                .digestDay(dayOf(now))
                .sketch(sketch)
                .storyId(storyId)
                .build();
    }

    SummaryRecord failed(SummaryRecord leased, ProcessingFailure failure, Instant now) {
        return leased.toBuilder()
                .status(SummaryStatus.FAILED)
                .lastError(failure.getMessage())
                .failureKind(failure.kind().name())
                .updatedAt(now)
                .leaseUntil(null)
                .summarizedAt(now)
                .digestDay(dayOf(now))
                .build();
    }

    /** A page that is not the post: kept with its reason so callers and the digest can say why. */
    SummaryRecord skipped(SummaryRecord leased, PageVerdict verdict, Instant now) {
        return leased.toBuilder()
                .status(SummaryStatus.SKIPPED)
                .skipReason(verdict.reason().name())
                .lastError(verdict.message())
                .failureKind(null)
                .updatedAt(now)
                .leaseUntil(null)
                .summarizedAt(now)
                .digestDay(dayOf(now))
                .build();
    }

    static String dayOf(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
