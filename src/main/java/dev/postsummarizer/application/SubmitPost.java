package dev.postsummarizer.application;

import dev.postsummarizer.application.port.SummaryQueue;
import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Accepts a URL from a caller who should not wait for the model: the URL is validated, a PENDING item is
 * written so that {@code GET /summaries/{id}} finds it at once, and the URL is enqueued for the
 * {@code queue} function. Or, when the caller asks to wait, runs the flow inline within a time budget and
 * falls back to the queue when the budget runs out.
 */
public final class SubmitPost {

    private static final System.Logger LOG = System.getLogger(SubmitPost.class.getName());

    private final SummaryStore store;
    private final SummaryQueue queue;
    private final SummarizePost flow;
    private final Executor inline;
    private final Clock clock;

    /** @param inline runs the inline attempt so that the caller can stop waiting for it */
    public SubmitPost(SummaryStore store, SummaryQueue queue, SummarizePost flow, Executor inline, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.flow = flow;
        this.inline = inline;
        this.clock = clock;
    }

    /** What the caller learns: the post's id and its stored status (PENDING unless it was already known). */
    public record Submission(String postId, SummaryStatus status) {
    }

    /** The result of a waiting submission: the finished record, or a submission left to the queue. */
    public sealed interface Outcome permits Finished, Accepted {
    }

    public record Finished(SummaryRecord record) implements Outcome {
    }

    public record Accepted(Submission submission) implements Outcome {
    }

    /**
     * Validates, records and enqueues. An item that is already DONE or SKIPPED keeps its status (the queued
     * attempt refreshes it only if the page changed); a missing or FAILED item becomes PENDING.
     *
     * @throws dev.postsummarizer.domain.PermanentFailure INVALID_URL for a URL the flow would refuse
     */
    public Submission submit(String rawUrl) {
        PostUrl url = PostUrl.parse(rawUrl);
        SummaryRecord current = markPending(url);
        try {
            queue.enqueue(List.of(url.original()));
        } catch (ProcessingFailure notQueued) {
            recordNotQueued(current, notQueued);
            throw notQueued;
        }
        return new Submission(url.postId(), current.status());
    }

    /**
     * A PENDING marker whose message never reached the queue would read as "accepted" forever: it is turned
     * FAILED with the reason (unless a worker took it meanwhile), so the caller's error and the item agree and
     * a new submission starts over.
     */
    private void recordNotQueued(SummaryRecord current, ProcessingFailure notQueued) {
        if (current.status() != SummaryStatus.PENDING || current.leaseUntil() != null) {
            return;
        }
        Instant now = clock.instant();
        store.replace(current.toBuilder().status(SummaryStatus.FAILED).failureKind(notQueued.kind().name())
                .lastError(notQueued.kind() + ": not queued: " + notQueued.detail()).updatedAt(now).build(), current.version());
    }

    /**
     * Runs the flow inline for at most {@code budget}; past it the attempt goes on in the background (it holds
     * the lease, so the queued copy waits for it) and the URL is submitted as by {@link #submit(String)}.
     * A post another attempt is summarizing right now is answered as a submission; other failures of the
     * inline attempt are thrown as they are.
     */
    public Outcome submitAndWait(String rawUrl, Duration budget) {
        PostUrl.parse(rawUrl);
        CompletableFuture<SummaryRecord> attempt = CompletableFuture.supplyAsync(
                () -> flow.summarize(SummarizeCommand.ofUrl(rawUrl)), inline);
        try {
            return new Finished(attempt.get(budget.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            LOG.log(System.Logger.Level.INFO, "inline summary of {0} exceeded {1}; left to the queue", rawUrl, budget);
            return new Accepted(submit(rawUrl));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof ProcessingFailure failure && failure.kind() == FailureKind.IN_PROGRESS) {
                // another attempt is on it: the caller gets the same answer as a submission
                return new Accepted(submit(rawUrl));
            }
            if (failed.getCause() instanceof ProcessingFailure failure) {
                throw failure;
            }
            throw new IllegalStateException("inline summary failed unexpectedly", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Accepted(submit(rawUrl));
        }
    }

    private SummaryRecord markPending(PostUrl url) {
        Optional<SummaryRecord> existing = store.find(url.postId());
        Instant now = clock.instant();
        if (existing.isEmpty()) {
            // no lease: the item only says "queued"; the worker takes the lease when it starts
            SummaryRecord queued = SummaryRecord.builder()
                    .postId(url.postId()).url(url.original()).canonicalUrl(url.canonical())
                    .status(SummaryStatus.PENDING).createdAt(now).updatedAt(now).build();
            return store.acquireLease(queued, now)
                    .or(() -> store.find(url.postId()))
                    .orElse(queued);
        }
        SummaryRecord known = existing.get();
        if (known.status() != SummaryStatus.FAILED) {
            return known;
        }
        SummaryRecord requeued = known.toBuilder().status(SummaryStatus.PENDING).leaseUntil(null).updatedAt(now).build();
        return store.replace(requeued, known.version())
                .or(() -> store.find(url.postId()))
                .orElse(known);
    }
}
