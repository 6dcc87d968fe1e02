package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackSummarizerTest {

    private static final ExtractedPost POST = new ExtractedPost("https://a.example/", null, "t", null, null, null,
            "en", List.of("Some text."), List.of());

    @Test
    void anUnavailableModelFallsBackToADegradedOfflineSummary() {
        FallbackSummarizer summarizer = new FallbackSummarizer(failing(FailureKind.MODEL_UNAVAILABLE), offline());

        Summary summary = summarizer.summarize(POST);

        assertTrue(summary.degraded());
        assertEquals("offline/x", summary.model(), "the record says who really wrote it");
        assertEquals("openai/m", summarizer.model(), "the cache key stays the configured model's");
    }

    @Test
    void permanentModelFailuresAreNotHidden() {
        FallbackSummarizer summarizer = new FallbackSummarizer(failing(FailureKind.MODEL_OUTPUT_INVALID), offline());

        ProcessingFailure failure = assertThrows(ProcessingFailure.class, () -> summarizer.summarize(POST));

        assertSame(FailureKind.MODEL_OUTPUT_INVALID, failure.kind());
    }

    private static Summarizer failing(FailureKind kind) {
        return new Named("openai/m") {
            @Override
            public Summary summarize(ExtractedPost post) {
                throw ProcessingFailure.of(kind, "stub");
            }
        };
    }

    private static Summarizer offline() {
        return new Named("offline/x") {
            @Override
            public Summary summarize(ExtractedPost post) {
                return new Summary("s", List.of(), "en", List.of(), "offline/x", "v", 0, 0, 0, false);
            }
        };
    }

    private abstract static class Named implements Summarizer {
        private final String model;

        Named(String model) {
            this.model = model;
        }

        @Override
        public String model() {
            return model;
        }

        @Override
        public String promptVersion() {
            return "v";
        }
    }
}
