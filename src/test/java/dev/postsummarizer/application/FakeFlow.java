package dev.postsummarizer.application;

import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.application.port.SummaryQueue;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.PageVerdict;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SkipReason;
import dev.postsummarizer.domain.Summary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The real {@link SummarizePost} over in-memory ports, for tests of the services around it: pages are
 * served from a map (or fail as told), a page containing "SIGN IN" is triaged as a login wall, and the model
 * is a counter.
 */
public final class FakeFlow {

    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    public static final String STORY = "The council approved the new bridge on Tuesday after a long debate. "
            + "Construction starts in spring and should take two years, according to the city engineer.";

    public final InMemorySummaryStore store = new InMemorySummaryStore();
    /** Page behaviour by canonical URL: returns the HTML or throws a failure. */
    public final Map<String, Supplier<String>> pages = new ConcurrentHashMap<>();
    public final AtomicInteger modelCalls = new AtomicInteger();
    public final AtomicInteger fetches = new AtomicInteger();
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final SummarizePost flow;

    public FakeFlow() {
        Summarizer summarizer = new Summarizer() {
            @Override
            public Summary summarize(ExtractedPost post) {
                modelCalls.incrementAndGet();
                return new Summary("A neutral summary.", List.of(new KeyFact("two years", "take two years")), "en",
                        List.of("city"), model(), promptVersion(), 100, 20, 0, false);
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
        PageFetcher fetcher = url -> {
            fetches.incrementAndGet();
            Supplier<String> page = pages.get(url.canonical());
            if (page == null) {
                throw ProcessingFailure.of(FailureKind.NOT_FOUND,
                        url.canonical() + " answered 404");
            }
            return new PageFetcher.FetchedPage(url.canonical(), page.get(), "text/html", "UTF-8");
        };
        flow = new SummarizePost(new SummarizePost.Collaborators(
                fetcher,
                (html, url) -> new ExtractedPost(url, null, "Title", null, "Site", null, "en",
                        html.isBlank() ? List.of() : List.of(html.split("\n\n")), List.of()),
                (html, post) -> Optional.empty(),
                (html, post) -> html.contains("SIGN IN")
                        ? Optional.of(new PageVerdict(SkipReason.LOGIN_WALL, "the page asks to sign in"))
                        : Optional.empty(),
                summarizer, store), clock, Duration.ofMinutes(2));
    }

    public void page(String url, String html) {
        pages.put(url, () -> html);
    }

    public void failing(String url, ProcessingFailure failure) {
        pages.put(url, () -> {
            throw failure;
        });
    }

    /** A queue that keeps what it was given. */
    public static final class RecordingQueue implements SummaryQueue {
        public final List<String> sent = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void enqueue(List<String> urls) {
            sent.addAll(urls);
        }
    }
}
