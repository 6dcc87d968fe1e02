package dev.postsummarizer.adapter.in.lambda;

import dev.postsummarizer.adapter.out.telemetry.InvocationContext;
import dev.postsummarizer.application.SummarizeCommand;
import dev.postsummarizer.application.SummarizePost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import io.quarkus.funqy.Funq;

/** Direct invocation: {@code {"url": …}} or {@code {"url": …, "html": …}} in, the stored post out. */
public class SummarizeFunction {

    private final SummarizePost summarizePost;

    public SummarizeFunction(SummarizePost summarizePost) {
        this.summarizePost = summarizePost;
    }

    @Funq("summarize")
    public SummaryView summarize(SummarizeRequest request) {
        if (request == null) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT, "request body is missing");
        }
        try (var invocation = InvocationContext.open("summarize")) {
            return SummaryView.of(summarizePost.summarize(
                    new SummarizeCommand(request.url(), request.html(), request.language())));
        }
    }

    /**
     * The event: the post's URL; optionally its HTML so that nothing is fetched, and the language the summary
     * should be written in (default: the configured target language, else the post's own).
     */
    public record SummarizeRequest(String url, String html, String language) {
    }
}
