package dev.postsummarizer.application;

import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.Summary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a model that keeps failing: after {@code threshold} retryable failures in a row the circuit
 * opens, and for {@code openFor} every call fails at once with MODEL_UNAVAILABLE (retryable, so the message
 * comes back later, or the offline fallback answers) instead of spending the function's time budget on
 * timeouts. After that one call is let through: success closes the circuit, failure opens it again. The state
 * lives in one Lambda container; each container learns on its own.
 */
public final class CircuitBreakerSummarizer implements Summarizer {

    private final Summarizer summarizer;
    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil;

    public CircuitBreakerSummarizer(Summarizer summarizer, int threshold, Duration openFor, Clock clock) {
        this.summarizer = summarizer;
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    @Override
    public Summary summarize(ExtractedPost post) {
        return summarize(new SummaryRequest(post, null, null));
    }

    @Override
    public Summary summarize(SummaryRequest request) {
        synchronized (this) {
            if (openUntil != null && clock.instant().isBefore(openUntil)) {
                throw ProcessingFailure.of(FailureKind.MODEL_UNAVAILABLE, model() + " failed " + consecutiveFailures
                        + " times in a row; not calling it again before " + openUntil);
            }
        }
        try {
            Summary summary = summarizer.summarize(request);
            synchronized (this) {
                consecutiveFailures = 0;
                openUntil = null;
            }
            return summary;
        } catch (ProcessingFailure failure) {
            if (failure.retryable()) {
                synchronized (this) {
                    consecutiveFailures++;
                    if (consecutiveFailures >= threshold) {
                        openUntil = clock.instant().plus(openFor);
                    }
                }
            }
            throw failure;
        }
    }

    @Override
    public String model() {
        return summarizer.model();
    }

    @Override
    public String promptVersion() {
        return summarizer.promptVersion();
    }
}
