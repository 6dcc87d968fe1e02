package dev.postsummarizer.adapter.in.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.adapter.out.extract.JsoupContentExtractor;
import dev.postsummarizer.adapter.out.offline.OfflineSummarizer;
import dev.postsummarizer.adapter.out.triage.JsoupPageTriage;
import dev.postsummarizer.adapter.out.triage.JsoupRepostDetector;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.port.ContentExtractor;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    private static final Map<String, String> SNAP_START = Map.of(SnapStartPriming.INITIALIZATION_TYPE, "snap-start");
    private final JsoupContentExtractor extractor = new JsoupContentExtractor();
    private final OfflineSummarizer offline = new OfflineSummarizer(NeutralityLexicon.fromClasspath());

    @Test
    void onlyASnapStartInitIsPrimed() {
        assertTrue(priming(extractor, offline, () -> "ok", true, SNAP_START).applies());
        assertFalse(priming(extractor, offline, () -> "ok", true, Map.of()).applies(), "on-demand init");
        assertFalse(priming(extractor, offline, () -> "ok",
                true, Map.of(SnapStartPriming.INITIALIZATION_TYPE, "on-demand")).applies());
        assertFalse(priming(extractor, offline, () -> "ok", false, SNAP_START).applies(), "switched off");
    }

    @Test
    void theSamplePageGoesThroughExtractionTriageAndTheOfflineSummarizer() {
        List<ExtractedPost> extracted = new ArrayList<>();
        ContentExtractor recording = (html, url) -> {
            ExtractedPost post = extractor.extract(html, url);
            extracted.add(post);
            return post;
        };
        List<Summary> summaries = new ArrayList<>();
        Summarizer summarizer = new RecordingSummarizer(offline, summaries);

        int steps = priming(recording, summarizer, () -> "dynamodb", true, SNAP_START).prime();

        assertEquals(5, steps);
        assertTrue(extracted.get(0).text().contains("06:40 instead of 06:15"), extracted.get(0).text());
        assertFalse(summaries.get(0).keyFacts().isEmpty(), "the offline summarizer wrote key facts");
    }

    @Test
    void aFailingStepIsSkippedAndNeverFailsInit() {
        ContentExtractor broken = (html, url) -> {
            throw new IllegalStateException("extractor broke");
        };
        Supplier<String> clients = () -> {
            throw new IllegalStateException("no region");
        };

        assertEquals(0, priming(broken, offline, clients, true, SNAP_START).prime());
    }

    @Test
    void aModelIsNeverCalledAtSnapshotTime() {
        List<Summary> summaries = new ArrayList<>();
        Summarizer model = new RecordingSummarizer(offline, summaries) {
            @Override
            public String model() {
                return "openai/gpt-4o-mini";
            }
        };

        assertEquals(4, priming(extractor, model, () -> "ok", true, SNAP_START).prime());
        assertTrue(summaries.isEmpty());
    }

    private SnapStartPriming priming(ContentExtractor extractor, Summarizer summarizer, Supplier<?> clients,
            boolean enabled, Map<String, String> environment) {
        return new SnapStartPriming(extractor, new JsoupRepostDetector(), new JsoupPageTriage(), summarizer, clients,
                enabled, environment);
    }

    private static class RecordingSummarizer implements Summarizer {
        private final Summarizer delegate;
        private final List<Summary> summaries;

        RecordingSummarizer(Summarizer delegate, List<Summary> summaries) {
            this.delegate = delegate;
            this.summaries = summaries;
        }

        @Override
        public Summary summarize(ExtractedPost post) {
            Summary summary = delegate.summarize(post);
            summaries.add(summary);
            return summary;
        }

        @Override
        public String model() {
            return delegate.model();
        }

        @Override
        public String promptVersion() {
            return delegate.promptVersion();
        }
    }
}
