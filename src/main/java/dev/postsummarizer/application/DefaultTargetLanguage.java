package dev.postsummarizer.application;

import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.Summary;

/** Applies the configured summary language to requests that do not name one (a request's own choice wins). */
public final class DefaultTargetLanguage implements Summarizer {

    private final Summarizer summarizer;
    private final String language;

    public DefaultTargetLanguage(Summarizer summarizer, String language) {
        this.summarizer = summarizer;
        this.language = language;
    }

    @Override
    public Summary summarize(ExtractedPost post) {
        return summarize(new SummaryRequest(post, null, null));
    }

    @Override
    public Summary summarize(SummaryRequest request) {
        if (request.targetLanguage() != null && !request.targetLanguage().isBlank()) {
            return summarizer.summarize(request);
        }
        return summarizer.summarize(new SummaryRequest(request.post(), request.source(), language));
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
