package dev.postsummarizer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.adapter.out.dynamodb.SummaryTableConfig;
import dev.postsummarizer.adapter.out.extract.JsoupContentExtractor;
import dev.postsummarizer.adapter.out.offline.OfflineSummarizer;
import dev.postsummarizer.adapter.out.triage.JsoupPageTriage;
import dev.postsummarizer.adapter.out.triage.JsoupRepostDetector;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.port.ContentExtractor;
import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.testing.TestTexts;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The warm-up runs the whole flow on the bundled page without a network, a model or a failure of init. */
class SnapStartPrimingTest {

    private static final Map<String, String> SNAP_START = Map.of(SnapStartPriming.INITIALIZATION_TYPE, "snap-start");
    private static final PageFetcher NO_FETCH = url -> {
        throw new AssertionError("priming fetched " + url);
    };
    private static final SummaryTableConfig TABLE = new SummaryTableConfig() {
        @Override
        public String table() {
            return "post-summaries";
        }

        @Override
        public Duration lease() {
            return Duration.ofMinutes(2);
        }

        @Override
        public boolean createTable() {
            return false;
        }

        @Override
        public Optional<Duration> ttl() {
            return Optional.of(Duration.ofDays(30));
        }
    };

    private final JsoupContentExtractor extractor = new JsoupContentExtractor();
    private final OfflineSummarizer offline = new OfflineSummarizer(NeutralityLexicon.fromClasspath());
    private final List<ExtractedPost> extracted = new ArrayList<>();
    private final List<Summary> summaries = new ArrayList<>();
    private final ContentExtractor recordingExtractor = (html, url) -> {
        ExtractedPost post = extractor.extract(html, url);
        extracted.add(post);
        return post;
    };

    @Test
    void onlyASnapStartInitIsPrimed() {
        assertTrue(priming(offline, () -> "ok", true, SNAP_START).applies());
        assertFalse(priming(offline, () -> "ok", true, Map.of()).applies(), "on-demand init");
        assertFalse(priming(offline, () -> "ok", true,
                Map.of(SnapStartPriming.INITIALIZATION_TYPE, "on-demand")).applies());
        assertFalse(priming(offline, () -> "ok", false, SNAP_START).applies(), "switched off");
    }

    @Test
    void theSamplePageGoesThroughTheWholeFlowAndItsJsonWithoutANetwork() {
        int steps = priming(new Recording(offline), () -> "dynamodb", true, SNAP_START).prime();

        assertEquals(3, steps);
        assertTrue(extracted.get(0).text().contains("06:40 instead of 06:15"), extracted.get(0).text());
        assertFalse(summaries.get(0).keyFacts().isEmpty(), "the offline summarizer wrote key facts");
    }

    @Test
    void bedrockIsPrimedThroughLangChain4jAndTheSdkAnsweredByTheCannedReply() {
        Summarizer canned = SnapStartPriming.inProcess(offline, config("bedrock"));
        ExtractedPost post = extractor.extract(TestTexts.read("priming/sample-thread.html"),
                SnapStartPriming.SAMPLE_URL);

        Summary summary = canned.summarize(post);

        assertTrue(canned.model().startsWith("bedrock/"), canned.model());
        assertEquals(3, summary.keyFacts().size(), "the canned draft's facts are grounded in the sample page");
        assertEquals(3, priming(new Recording(canned), () -> "ok", true, SNAP_START).prime());
    }

    @Test
    void anyOtherModelIsStoodInForByTheOfflineSummarizerAndNeverCalled() {
        Summarizer openAi = new Recording(offline) {
            @Override
            public Summary summarize(ExtractedPost post) {
                throw new AssertionError("the model was called at snapshot time");
            }
        };

        Summarizer chosen = SnapStartPriming.inProcess(openAi, config("openai"));

        assertTrue(chosen instanceof OfflineSummarizer, chosen.getClass().getName());
        assertTrue(SnapStartPriming.inProcess(offline, config("offline")) == offline);
    }

    private static SummarizerConfig config(String provider) {
        return new SmallRyeConfigBuilder().withMapping(SummarizerConfig.class)
                .withDefaultValue("summarizer.provider", provider)
                .build().getConfigMapping(SummarizerConfig.class);
    }

    @Test
    void aFailingStepIsSkippedAndNeverFailsInit() {
        Supplier<String> clients = () -> {
            throw new IllegalStateException("no region");
        };
        SnapStartPriming broken = new SnapStartPriming(new SnapStartPriming.Parts(NO_FETCH, (html, url) -> {
            throw new IllegalStateException("extractor broke");
        }, new JsoupRepostDetector(), new JsoupPageTriage(), () -> offline, TABLE, ObjectMapper::new, clients), true,
                SNAP_START);

        assertEquals(0, broken.prime());
    }

    private SnapStartPriming priming(Summarizer summarizer, Supplier<?> clients, boolean enabled,
            Map<String, String> environment) {
        return new SnapStartPriming(new SnapStartPriming.Parts(NO_FETCH, recordingExtractor,
                new JsoupRepostDetector(), new JsoupPageTriage(), () -> summarizer, TABLE,
                () -> new ObjectMapper().findAndRegisterModules(), clients), enabled, environment);
    }

    private class Recording implements Summarizer {
        private final Summarizer delegate;

        Recording(Summarizer delegate) {
            this.delegate = delegate;
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
