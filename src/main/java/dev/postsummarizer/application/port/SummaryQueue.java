package dev.postsummarizer.application.port;

import java.util.List;

/**
 * The work queue that feeds the {@code queue} function: each message asks for one URL to be summarized.
 * Delivery is at least once; the flow's conditional writes make duplicates harmless.
 */
public interface SummaryQueue {

    /**
     * Enqueues the URLs in order (in as many batches as the queue needs).
     *
     * @throws dev.postsummarizer.domain.RetryableFailure when the queue did not accept every message
     */
    void enqueue(List<String> urls);
}
