package dev.postsummarizer.application;

import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.Summary;

/**
 * Stands the offline summarizer in for a model that is unavailable (after its own retries): the post still gets
 * a summary, marked {@code degraded}, and because its model differs from the configured one the cache does not
 * treat it as current, so a later run replaces it. Only retryable failures fall back: a model that answered
 * with invalid output, or rejected the request, is a problem a fallback would hide.
 */
public final class FallbackSummarizer implements Summarizer {

    private final Summarizer primary;
    private final Summarizer fallback;

    public FallbackSummarizer(Summarizer primary, Summarizer fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public Summary summarize(ExtractedPost post) {
        return summarize(new SummaryRequest(post, null, null));
    }

    @Override
    public Summary summarize(SummaryRequest request) {
        try {
            return primary.summarize(request);
        } catch (ProcessingFailure failure) {
            if (!failure.retryable()) {
                throw failure;
            }
            return fallback.summarize(request).asDegraded();
        }
    }

    @Override
    public String model() {
        return primary.model();
    }

    @Override
    public String promptVersion() {
        return primary.promptVersion();
    }
}
