package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.port.FlowEvents;
import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.application.port.RepostDetector.Repost;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.PageVerdict;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.RetryableFailure;
import dev.postsummarizer.domain.SkipReason;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The flow's decisions (cache, lease, skip, repost credit, story, failure recording) with in-memory ports. */
class SummarizePostTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String STORY = "Myanmar's military leader is travelling to Moscow to attend Victory Day "
            + "celebrations on 9 May despite an arrest warrant issued by an Argentinian court over the Rohingya "
            + "genocide. Leaders from China, India and Brazil are also scheduled to attend the anniversary.";

    private final InMemorySummaryStore store = new InMemorySummaryStore();
    private final Map<String, String> pages = new java.util.HashMap<>();
    private final List<ExtractedPost> summarized = new ArrayList<>();
    private final AtomicInteger modelCalls = new AtomicInteger();
    private Optional<PageVerdict> verdict = Optional.empty();
    private Optional<RepostSource> repostSource = Optional.empty();
    private ProcessingFailure modelFailure;

    private final Summarizer summarizer = new Summarizer() {
        @Override
        public Summary summarize(ExtractedPost post) {
            return summarize(new SummaryRequest(post, null, null));
        }

        @Override
        public Summary summarize(SummaryRequest request) {
            ExtractedPost post = request.post();
            RepostSource source = request.source();
            modelCalls.incrementAndGet();
            summarized.add(post);
            if (modelFailure != null) {
                throw modelFailure;
            }
            String lead = source == null ? "" : "According to " + source.name() + ", ";
            String language = request.targetLanguage() != null ? request.targetLanguage() : "en";
            return new Summary(lead + "a neutral summary.", List.of(new KeyFact("9 May", "on 9 May")), language,
                    List.of("Myanmar"), "test/model", "p1", 100, 20, 0, false);
        }

        @Override
        public String model() {
            return "test/model";
        }

        @Override
        public String promptVersion() {
            return "p1";
        }
    };

    /** What the flow reported, as "STAGE outcome" and "END result tokens" lines. */
    private final List<String> reported = new ArrayList<>();
    private final FlowEvents events = new FlowEvents() {
        @Override
        public void stage(String postId, Stage stage, Duration took, String outcome) {
            reported.add(stage + " " + outcome);
        }

        @Override
        public void finished(Outcome outcome) {
            reported.add("END " + outcome.result() + " " + outcome.failure() + " " + outcome.inputTokens());
        }
    };

    private final SummarizePost flow = new SummarizePost(new SummarizePost.Collaborators(
            url -> new PageFetcher.FetchedPage(url.canonical(), pages.get(url.canonical()), "text/html", "UTF-8"),
            (html, url) -> new ExtractedPost(url, null, "Title", null, "Site", null, "en",
                    html.isBlank() ? List.of() : List.of(html.split("\n\n")), List.of()),
            (html, post) -> repostSource.map(source -> new Repost(source, post)),
            (html, post) -> verdict,
            summarizer, store), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(2), events);

    @Test
    void storesADoneRecordAndAnswersTheSameTextFromTheStore() {
        pages.put("https://example.org/a", STORY);

        SummaryRecord first = flow.summarize(SummarizeCommand.ofUrl("https://example.org/a"));
        SummaryRecord second = flow.summarize(SummarizeCommand.ofUrl("https://EXAMPLE.org/a?utm_source=x#top"));

        assertEquals(SummaryStatus.DONE, first.status());
        assertEquals(first, second);
        assertEquals(1, modelCalls.get());
        assertEquals("2026-11-28", first.digestDay());
        assertEquals(first.postId(), first.storyId(), "a new story is its own story");
        assertNull(first.leaseUntil());
    }

    @Test
    void changedTextIsSummarizedAgain() {
        pages.put("https://example.org/a", STORY);
        flow.summarize(SummarizeCommand.ofUrl("https://example.org/a"));
        pages.put("https://example.org/a", STORY + "\n\nUpdate: the visit was confirmed.");

        SummaryRecord updated = flow.summarize(SummarizeCommand.ofUrl("https://example.org/a"));

        assertEquals(2, modelCalls.get());
        assertEquals(2, updated.attempts());
    }

    @Test
    void aHeldLeaseMakesADuplicateDeliveryRetryLaterWithoutCallingTheModel() {
        pages.put("https://example.org/a", STORY);
        PostUrl url = PostUrl.parse("https://example.org/a");
        store.items.put(url.postId(), SummaryRecord.builder().postId(url.postId()).status(SummaryStatus.PENDING)
                .leaseUntil(NOW.plusSeconds(60)).attempts(1).version(1).build());

        RetryableFailure failure = assertThrows(RetryableFailure.class,
                () -> flow.summarize(SummarizeCommand.ofUrl("https://example.org/a")));

        assertEquals(FailureKind.IN_PROGRESS, failure.kind());
        assertEquals(0, modelCalls.get());
    }

    @Test
    void anExpiredLeaseOfACrashedAttemptIsTakenOver() {
        pages.put("https://example.org/a", STORY);
        PostUrl url = PostUrl.parse("https://example.org/a");
        store.items.put(url.postId(), SummaryRecord.builder().postId(url.postId()).status(SummaryStatus.PENDING)
                .leaseUntil(NOW.minusSeconds(1)).attempts(1).createdAt(NOW.minusSeconds(300)).version(1).build());

        SummaryRecord done = flow.summarize(SummarizeCommand.ofUrl("https://example.org/a"));

        assertEquals(SummaryStatus.DONE, done.status());
        assertEquals(2, done.attempts());
    }

    @Test
    void aPageThatIsNotThePostIsStoredSkippedWithoutAModelCall() {
        pages.put("https://example.org/wall", "Please sign in to continue.");
        verdict = Optional.of(new PageVerdict(SkipReason.LOGIN_WALL, "the page asks to sign in"));

        SummaryRecord skipped = flow.summarize(SummarizeCommand.ofUrl("https://example.org/wall"));

        assertEquals(SummaryStatus.SKIPPED, skipped.status());
        assertEquals("LOGIN_WALL", skipped.skipReason());
        assertEquals("the page asks to sign in", skipped.lastError());
        assertEquals(0, modelCalls.get());
    }

    @Test
    void aRepostIsSummarizedWithItsSourceAndTheSourceIsStored() {
        pages.put("https://forum.example.org/t/1", STORY);
        repostSource = Optional.of(new RepostSource("The Irrawaddy", null, "2025-05-07"));

        SummaryRecord done = flow.summarize(SummarizeCommand.ofUrl("https://forum.example.org/t/1"));

        assertEquals("The Irrawaddy", done.source().name());
        assertTrue(done.summary().startsWith("According to The Irrawaddy"), done.summary());
    }

    @Test
    void theRequestedLanguageReachesTheSummarizerAndBothLanguagesAreStored() {
        pages.put("https://example.org/a", STORY);

        SummaryRecord done = flow.summarize(new SummarizeCommand("https://example.org/a", null, "de"));

        assertEquals("en", done.language());
        assertEquals("de", done.summaryLanguage());
    }

    @Test
    void aRepostOfAStoredStoryJoinsItsStory() {
        pages.put("https://news.example.org/story", STORY);
        pages.put("https://forum.example.org/t/2", "Reposted for discussion.\n\n" + STORY + "\n\nThoughts?");
        SummaryRecord original = flow.summarize(SummarizeCommand.ofUrl("https://news.example.org/story"));

        SummaryRecord repost = flow.summarize(SummarizeCommand.ofUrl("https://forum.example.org/t/2"));

        assertEquals(original.postId(), repost.storyId());
    }

    @Test
    void aModelFailureIsRecordedOnTheItemAndRethrown() {
        pages.put("https://example.org/a", STORY);
        modelFailure = ProcessingFailure.of(FailureKind.MODEL_UNAVAILABLE, "model answered 503");

        ProcessingFailure thrown = assertThrows(ProcessingFailure.class,
                () -> flow.summarize(SummarizeCommand.ofUrl("https://example.org/a")));

        assertTrue(thrown.retryable());
        SummaryRecord item = store.find(PostUrl.parse("https://example.org/a").postId()).orElseThrow();
        assertEquals(SummaryStatus.FAILED, item.status());
        assertEquals("MODEL_UNAVAILABLE: model answered 503", item.lastError());
        assertNull(item.leaseUntil(), "a failed attempt releases its lease");
    }

    @Test
    void everyStageAndTheEndOfEachPostAreReported() {
        pages.put("https://example.org/a", STORY);
        flow.summarize(SummarizeCommand.ofUrl("https://example.org/a"));
        flow.summarize(SummarizeCommand.ofUrl("https://example.org/a"));
        modelFailure = ProcessingFailure.of(FailureKind.RATE_LIMITED, "model answered 429");
        pages.put("https://example.org/b", STORY);
        assertThrows(ProcessingFailure.class, () -> flow.summarize(SummarizeCommand.ofUrl("https://example.org/b")));

        assertEquals(List.of(
                "FETCH ok", "EXTRACT ok", "TRIAGE ok", "SUMMARIZE ok", "STORE ok", "END DONE null 100",
                "FETCH ok", "EXTRACT ok", "END CACHED null 0",
                "FETCH ok", "EXTRACT ok", "TRIAGE ok", "SUMMARIZE RATE_LIMITED", "END FAILED RATE_LIMITED 0"),
                reported);
    }

    @Test
    void emptyTextWritesNothing() {
        pages.put("https://example.org/empty", "");

        ProcessingFailure thrown = assertThrows(ProcessingFailure.class,
                () -> flow.summarize(SummarizeCommand.ofUrl("https://example.org/empty")));

        assertEquals(FailureKind.EMPTY_TEXT, thrown.kind());
        assertTrue(store.items.isEmpty());
    }
}
