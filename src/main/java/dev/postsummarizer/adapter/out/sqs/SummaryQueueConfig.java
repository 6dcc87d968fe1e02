package dev.postsummarizer.adapter.out.sqs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The summary work queue and how its batches are consumed. */
@ConfigMapping(prefix = "summary-queue")
public interface SummaryQueueConfig {

    /**
     * The queue's maxReceiveCount (serverless.yml: 3): on that receive a retryable failure is recorded on the
     * item, because the queue moves the message to the dead-letter queue next.
     */
    @WithDefault("3")
    int maxReceives();

    /** Queue URL (SUMMARY_QUEUE_URL in Lambda); only functions that enqueue need it. */
    Optional<String> url();

    /** Posts of one SQS batch summarized at the same time by the {@code queue} function (the batch size). */
    @WithDefault("10")
    int concurrency();
}
