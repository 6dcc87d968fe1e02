package dev.postsummarizer.application;

import dev.postsummarizer.domain.PermanentFailure;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SummaryRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Summarizes one batch of queued URLs, several at a time, and says which messages should come back.
 *
 * <p>Only a retryable failure (timeout, 429, 5xx, model unavailable, another attempt holding the lease)
 * returns a message to the queue; after the queue's receive limit it lands in the dead-letter queue. A
 * permanent failure is recorded as FAILED on the item and the message is consumed, so a bad URL cannot loop.
 * A SKIPPED page is a finished outcome. Messages naming the same post are processed once.
 *
 * <p>A retryable failure on a message's last receive (its receive count has reached the queue's
 * {@code maxReceiveCount}) is also recorded on the item before the message goes back: the queue moves it to the
 * dead-letter queue next, and without the record a failure before the lease (a page that always times out)
 * would leave the post with no item saying why.
 */
public final class ProcessQueuedPosts {

    private static final System.Logger LOG = System.getLogger(ProcessQueuedPosts.class.getName());

    /** The redrive policy's maxReceiveCount in serverless.yml. */
    public static final int DEFAULT_MAX_RECEIVES = 3;

    private final SummarizePost flow;
    private final PermanentFailures failures;
    private final Executor workers;
    private final int maxReceives;

    /** @param workers bounded pool that runs the batch's posts concurrently (its size is the bound) */
    public ProcessQueuedPosts(SummarizePost flow, PermanentFailures failures, Executor workers) {
        this(flow, failures, workers, DEFAULT_MAX_RECEIVES);
    }

    /** @param maxReceives receives after which the queue moves a returned message to its dead-letter queue */
    public ProcessQueuedPosts(SummarizePost flow, PermanentFailures failures, Executor workers, int maxReceives) {
        this.flow = flow;
        this.failures = failures;
        this.workers = workers;
        this.maxReceives = maxReceives;
    }

    /**
     * One message: its id, the URL it carries (null when the body held none) and how many times the queue has
     * handed it out, this time included.
     */
    public record QueuedPost(String messageId, String url, int receiveCount) {
        public QueuedPost(String messageId, String url) {
            this(messageId, url, 1);
        }
    }

    /** @param retry ids of the messages to return to the queue */
    public record BatchResult(List<String> retry, int finished, int failedPermanently) {
    }

    private enum Outcome { FINISHED, FAILED_PERMANENTLY, RETRY }

    public BatchResult process(List<QueuedPost> batch) {
        Map<String, List<QueuedPost>> byPost = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (QueuedPost message : batch) {
            try {
                byPost.computeIfAbsent(PostUrl.parse(message.url()).postId(), id -> new ArrayList<>()).add(message);
            } catch (PermanentFailure invalid) {
                // no post id without a valid URL, so nothing to record: log and consume
                LOG.log(System.Logger.Level.WARNING, "message {0} dropped: {1}", message.messageId(),
                        invalid.getMessage());
                unreadable.add(message.messageId());
            }
        }
        Map<List<QueuedPost>, CompletableFuture<Outcome>> running = new LinkedHashMap<>();
        for (List<QueuedPost> messages : byPost.values()) {
            running.put(messages, CompletableFuture.supplyAsync(() -> processOne(messages.get(0)), workers));
        }
        List<String> retry = new ArrayList<>();
        int finished = 0;
        int failedPermanently = unreadable.size();
        for (Map.Entry<List<QueuedPost>, CompletableFuture<Outcome>> entry : running.entrySet()) {
            Outcome outcome = entry.getValue().join();
            for (QueuedPost message : entry.getKey()) {
                switch (outcome) {
                    case FINISHED -> finished++;
                    case FAILED_PERMANENTLY -> failedPermanently++;
                    case RETRY -> retry.add(message.messageId());
                }
            }
        }
        return new BatchResult(retry, finished, failedPermanently);
    }

    private Outcome processOne(QueuedPost message) {
        try {
            SummaryRecord record = flow.summarize(SummarizeCommand.ofUrl(message.url()));
            LOG.log(System.Logger.Level.INFO, "message {0}: {1} is {2}", message.messageId(), record.postId(),
                    record.status());
            return Outcome.FINISHED;
        } catch (ProcessingFailure failure) {
            if (failure.retryable()) {
                if (message.receiveCount() >= maxReceives) {
                    recordLastReceive(message, failure);
                } else {
                    LOG.log(System.Logger.Level.WARNING, "message {0} will be retried: {1}", message.messageId(),
                            failure.getMessage());
                }
                return Outcome.RETRY;
            }
            LOG.log(System.Logger.Level.WARNING, "message {0} failed for good: {1}", message.messageId(),
                    failure.getMessage());
            failures.record(PostUrl.parse(message.url()), failure);
            return Outcome.FAILED_PERMANENTLY;
        } catch (RuntimeException unexpected) {
            // a bug or an unforeseen error: retrying is the safe choice, the DLQ stops a loop
            LOG.log(System.Logger.Level.ERROR, "message " + message.messageId() + " failed unexpectedly",
                    unexpected);
            return Outcome.RETRY;
        }
    }

    /** Records why the post is given up on; best effort, since the store may be what is failing. */
    private void recordLastReceive(QueuedPost message, ProcessingFailure failure) {
        LOG.log(System.Logger.Level.WARNING, "message {0} failed on its last receive ({1} of {2}), "
                + "going to the dead-letter queue: {3}", message.messageId(), message.receiveCount(), maxReceives,
                failure.getMessage());
        try {
            failures.record(PostUrl.parse(message.url()), failure);
        } catch (ProcessingFailure storeFailure) {
            LOG.log(System.Logger.Level.WARNING, "could not record the failure of message {0}: {1}",
                    message.messageId(), storeFailure.getMessage());
        }
    }
}
