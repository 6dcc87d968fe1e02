package dev.postsummarizer.application;

import dev.postsummarizer.application.port.ContentExtractor;
import dev.postsummarizer.application.port.FlowEvents;
import dev.postsummarizer.application.port.FlowEvents.Outcome;
import dev.postsummarizer.application.port.FlowEvents.Stage;
import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.application.port.PageTriage;
import dev.postsummarizer.application.port.RepostDetector;
import dev.postsummarizer.application.port.RepostDetector.Repost;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PageVerdict;
import dev.postsummarizer.domain.PermanentFailure;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.RetryableFailure;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.TextSketch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The flow of one URL: canonicalize → fetch (unless the caller brought the HTML) → extract → credit a
 * reposted story to its source → skip when the stored summary is current → take the lease → skip pages that
 * are not the post (walls, soft 404s) → summarize → link to a story → store.
 *
 * <p>Failures before the lease (bad URL, forbidden address, page not HTML, empty text) write nothing: the
 * caller gets the error and the table is unchanged. Failures after the lease are recorded on the item
 * ({@code FAILED}, {@code lastError}) and rethrown, so the caller still learns whether a retry can help.
 */
public final class SummarizePost {

    private final Collaborators ports;
    private final SummaryRecords records;
    private final StoryLinker stories;
    private final Clock clock;
    private final FlowEvents events;

    /** The ports the flow uses, grouped so the constructor stays readable. */
    public record Collaborators(PageFetcher fetcher, ContentExtractor extractor, RepostDetector reposts,
            PageTriage triage, Summarizer summarizer, SummaryStore store) {
    }

    public SummarizePost(Collaborators ports, Clock clock, Duration lease) {
        this(ports, clock, lease, FlowEvents.NONE);
    }

    public SummarizePost(Collaborators ports, Clock clock, Duration lease, FlowEvents events) {
        this.ports = ports;
        this.clock = clock;
        this.events = events;
        this.records = new SummaryRecords(lease);
        this.stories = new StoryLinker(ports.store());
    }

    public SummaryRecord summarize(SummarizeCommand command) {
        Instant started = clock.instant();
        String postId = null;
        try {
            PostUrl url = PostUrl.parse(command.url());
            postId = url.postId();
            Finished finished = summarize(command, url);
            SummaryRecord record = finished.record();
            events.finished(finished.cached()
                    ? new Outcome(postId, "CACHED", null, since(started), 0, 0)
                    : new Outcome(postId, record.status().name(), null, since(started),
                            orZero(record.inputTokens()), orZero(record.outputTokens())));
            return record;
        } catch (ProcessingFailure failure) {
            events.finished(new Outcome(postId, "FAILED", failure.kind(), since(started), 0, 0));
            throw failure;
        }
    }

    /** The record the flow ended with, and whether it was the stored one, still current. */
    private record Finished(SummaryRecord record, boolean cached) {
    }

    private Finished summarize(SummarizeCommand command, PostUrl url) {
        String postId = url.postId();
        String html = command.html();
        String pageUrl = url.canonical();
        if (html == null) {
            PageFetcher.FetchedPage page = timed(postId, Stage.FETCH, () -> ports.fetcher().fetch(url));
            html = page.html();
            pageUrl = page.finalUrl();
        } else if (html.isBlank()) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT, "html is empty");
        }
        String fetched = html;
        String finalUrl = pageUrl;
        ExtractedPost extracted = timed(postId, Stage.EXTRACT, () -> ports.extractor().extract(fetched, finalUrl));
        Optional<Repost> repost = ports.reposts().detect(html, extracted);
        ExtractedPost post = repost.map(Repost::post).orElse(extracted);
        RepostSource source = repost.map(Repost::source).orElse(null);
        if (post.text().isBlank()) {
            throw new PermanentFailure(FailureKind.EMPTY_TEXT, "no post text could be extracted from " + url.canonical());
        }
        String contentHash = PostUrl.sha256Hex(post.text());

        Optional<SummaryRecord> existing = ports.store().find(postId);
        Summarizer summarizer = ports.summarizer();
        if (existing.isPresent()
                && existing.get().isCurrentFor(contentHash, summarizer.model(), summarizer.promptVersion())) {
            return new Finished(existing.get(), true);
        }
        Instant now = clock.instant();
        SummaryRecord pending = records.pending(url, post, source, contentHash, existing.orElse(null), now);
        SummaryRecord leased = ports.store().acquireLease(pending, now)
                .orElseThrow(() -> new RetryableFailure(FailureKind.IN_PROGRESS,
                        "another attempt is summarizing " + url.canonical() + " right now"));
        Optional<PageVerdict> verdict = timed(postId, Stage.TRIAGE, () -> ports.triage().assess(fetched, post));
        if (verdict.isPresent()) {
            return new Finished(write(records.skipped(leased, verdict.get(), clock.instant()), leased), false);
        }
        return new Finished(
                summarizeUnderLease(leased, new Summarizer.SummaryRequest(post, source, command.language())), false);
    }

    private SummaryRecord summarizeUnderLease(SummaryRecord leased, Summarizer.SummaryRequest request) {
        Summary summary;
        try {
            summary = timed(leased.postId(), Stage.SUMMARIZE, () -> ports.summarizer().summarize(request));
        } catch (ProcessingFailure failure) {
            ports.store().replace(records.failed(leased, failure, clock.instant()), leased.version());
            throw failure;
        }
        Instant now = clock.instant();
        TextSketch sketch = TextSketch.of(request.post().text());
        String storyId = stories.storyFor(leased.postId(), sketch, now);
        return write(records.done(leased, summary, sketch.encode(), storyId, now), leased);
    }

    /**
     * Writes the outcome over the leased item. Losing the race here means another attempt took over an
     * expired lease and wrote first: its result is as good as ours, so return what is stored.
     */
    private SummaryRecord write(SummaryRecord outcome, SummaryRecord leased) {
        return timed(leased.postId(), Stage.STORE, () -> ports.store().replace(outcome, leased.version())
                .or(() -> ports.store().find(leased.postId()))
                .orElse(outcome));
    }

    /** Runs one stage and reports its duration and outcome, failed or not. */
    private <T> T timed(String postId, Stage stage, Supplier<T> work) {
        Instant start = clock.instant();
        try {
            T result = work.get();
            events.stage(postId, stage, since(start), "ok");
            return result;
        } catch (ProcessingFailure failure) {
            events.stage(postId, stage, since(start), failure.kind().name());
            throw failure;
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private Duration since(Instant start) {
        return Duration.between(start, clock.instant());
    }
}
