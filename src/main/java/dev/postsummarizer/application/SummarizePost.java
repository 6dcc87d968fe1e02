package dev.postsummarizer.application;

import dev.postsummarizer.application.port.ContentExtractor;
import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.RetryableFailure;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.domain.SummaryRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The flow of one URL: canonicalize → fetch (unless the caller brought the HTML) → extract → skip when the
 * stored summary is current → take the lease → summarize → store.
 *
 * <p>Failures before the lease (bad URL, forbidden address, page not HTML, empty text) write nothing: the
 * caller gets the error and the table is unchanged. Failures after the lease are recorded on the item
 * ({@code FAILED}, {@code lastError}) and rethrown, so the caller still learns whether a retry can help.
 */
public final class SummarizePost {

    private final PageFetcher fetcher;
    private final ContentExtractor extractor;
    private final Summarizer summarizer;
    private final SummaryStore store;
    private final SummaryRecords records;
    private final Clock clock;

    public SummarizePost(PageFetcher fetcher, ContentExtractor extractor, Summarizer summarizer,
            SummaryStore store, Clock clock, Duration lease) {
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.summarizer = summarizer;
        this.store = store;
        this.clock = clock;
        this.records = new SummaryRecords(lease);
    }

    public SummaryRecord summarize(SummarizeCommand command) {
        PostUrl url = PostUrl.parse(command.url());
        ExtractedPost post = extract(url, command.html());
        if (post.text().isBlank()) {
            throw new PermanentFailure(FailureKind.EMPTY_TEXT,
                    "no post text could be extracted from " + url.canonical());
        }
        String contentHash = PostUrl.sha256Hex(post.text());

        Optional<SummaryRecord> existing = store.find(url.postId());
        if (existing.isPresent()
                && existing.get().isCurrentFor(contentHash, summarizer.model(), summarizer.promptVersion())) {
            return existing.get();
        }
        Instant now = clock.instant();
        SummaryRecord pending = records.pending(url, post, contentHash, existing.orElse(null), now);
        SummaryRecord leased = store.acquireLease(pending, now)
                .orElseThrow(() -> new RetryableFailure(FailureKind.IN_PROGRESS,
                        "another attempt is summarizing " + url.canonical() + " right now"));
        return summarizeUnderLease(leased, post);
    }

    private ExtractedPost extract(PostUrl url, String html) {
        if (html != null) {
            if (html.isBlank()) {
                throw new PermanentFailure(FailureKind.INVALID_INPUT, "html is empty");
            }
            return extractor.extract(html, url.canonical());
        }
        PageFetcher.FetchedPage page = fetcher.fetch(url);
        return extractor.extract(page.html(), page.finalUrl());
    }

    private SummaryRecord summarizeUnderLease(SummaryRecord leased, ExtractedPost post) {
        Summary summary;
        try {
            summary = summarizer.summarize(post);
        } catch (ProcessingFailure failure) {
            store.replace(records.failed(leased, failure, clock.instant()), leased.version());
            throw failure;
        }
        SummaryRecord done = records.done(leased, summary, clock.instant());
        // Losing the race here means another attempt took over an expired lease and wrote first: its result
        // is as good as ours, so return what is stored rather than overwrite it.
        return store.replace(done, leased.version())
                .or(() -> store.find(leased.postId()))
                .orElse(done);
    }
}
