package dev.postsummarizer.application;

import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a permanent failure on the post's item, so that whoever queued the URL can see why it will never
 * be summarized. The flow already records failures that happen under its lease; this covers the ones before
 * it (404, not HTML, forbidden address, empty text), and a retryable one on a message's last receive, when
 * the queue is about to give up on it. A post that already has a summary keeps it: a page that
 * disappeared later does not erase what was read.
 */
public final class PermanentFailures {

    private final SummaryStore store;
    private final Clock clock;

    public PermanentFailures(SummaryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(PostUrl url, ProcessingFailure failure) {
        Instant now = clock.instant();
        Optional<SummaryRecord> existing = store.find(url.postId());
        if (existing.isEmpty()) {
            store.acquireLease(failed(SummaryRecord.builder().postId(url.postId()).url(url.original())
                    .canonicalUrl(url.canonical()).createdAt(now).attempts(1).build(), failure, now), now);
            return;
        }
        SummaryRecord known = existing.get();
        boolean waitingForThisAttempt = known.status() == SummaryStatus.PENDING
                && (known.leaseUntil() == null || known.leaseUntil().isBefore(now));
        boolean alreadyRecorded = known.status() == SummaryStatus.FAILED
                && failure.kind().name().equals(known.failureKind());
        if (waitingForThisAttempt || (known.status() == SummaryStatus.FAILED && !alreadyRecorded)) {
            store.replace(failed(known.toBuilder().attempts(known.attempts() + 1).build(), failure, now),
                    known.version());
        }
    }

    private static SummaryRecord failed(SummaryRecord base, ProcessingFailure failure, Instant now) {
        return base.toBuilder()
                .status(SummaryStatus.FAILED)
                .lastError(failure.getMessage())
                .failureKind(failure.kind().name())
                .updatedAt(now)
                .leaseUntil(null)
                // settled states carry the byDigestDay keys, so the day's digest can list the failure
                .summarizedAt(now)
                .digestDay(SummaryRecords.dayOf(now))
                .build();
    }
}
