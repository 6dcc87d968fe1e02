package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.digest.RenderedDigest;

/**
 * Sends the digest email to the configured recipients (sender, recipients and reply-to are the adapter's
 * configuration).
 */
public interface DigestMailer {

    /**
     * Sends one message with both parts as multipart/alternative.
     *
     * @return the mail service's message id
     * @throws dev.postsummarizer.domain.ProcessingFailure retryable when the service is unavailable or
     *         throttling, permanent when it rejects the message
     */
    String send(RenderedDigest message);
}
