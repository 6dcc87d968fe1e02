package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.ProcessQueuedPosts.BatchResult;
import dev.postsummarizer.application.ProcessQueuedPosts.QueuedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One SQS batch: which messages come back, what is recorded, and how many run at once. */
class ProcessQueuedPostsTest {

    private static final int BOUND = 3;

    private final FakeFlow fake = new FakeFlow();
    private final ExecutorService workers = Executors.newFixedThreadPool(BOUND);
    private final ProcessQueuedPosts queue = new ProcessQueuedPosts(fake.flow,
            new PermanentFailures(fake.store, fake.clock), workers);

    @AfterEach
    void stopThreads() {
        workers.shutdownNow();
    }

    @Test
    void aBatchOfTenReturnsOnlyTheRetryableMessageAndRecordsTheBadOnesFailed() {
        List<QueuedPost> batch = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            fake.page("https://example.org/p" + i, FakeFlow.STORY + " Item " + i + ".");
            batch.add(new QueuedPost("m" + i, "https://example.org/p" + i));
        }
        // 404 (no page), not HTML, and a page that times out
        batch.add(new QueuedPost("m8", "https://example.org/missing"));
        fake.failing("https://example.org/report.pdf",
                ProcessingFailure.of(FailureKind.NOT_HTML, "application/pdf is not HTML"));
        batch.add(new QueuedPost("m9", "https://example.org/report.pdf"));
        fake.failing("https://example.org/slow", ProcessingFailure.of(FailureKind.TIMEOUT, "no answer in 15 s"));
        batch.add(new QueuedPost("m10", "https://example.org/slow"));

        BatchResult result = queue.process(batch);

        assertEquals(List.of("m10"), result.retry());
        assertEquals(7, result.finished());
        assertEquals(2, result.failedPermanently());
        assertEquals(SummaryStatus.FAILED, status("https://example.org/missing"));
        assertEquals("NOT_FOUND", item("https://example.org/missing").failureKind());
        assertEquals(SummaryStatus.FAILED, status("https://example.org/report.pdf"));
        assertEquals(SummaryStatus.DONE, status("https://example.org/p3"));
        assertTrue(fake.store.find(id("https://example.org/slow")).isEmpty(),
                "a retryable failure before the lease leaves nothing behind");
        assertEquals(7, fake.modelCalls.get());
    }

    @Test
    void aPermanentFailureIsNotRetriedAgainAndAgain() {
        QueuedPost message = new QueuedPost("m1", "https://example.org/missing");

        assertEquals(List.of(), queue.process(List.of(message)).retry());
        assertEquals(List.of(), queue.process(List.of(message)).retry());

        SummaryRecord item = item("https://example.org/missing");
        assertEquals(SummaryStatus.FAILED, item.status());
        assertEquals(1, item.attempts(), "the same failure is recorded once");
        assertEquals("2026-11-28", item.digestDay(), "the day's digest can list the failure");
    }

    @Test
    void bodiesWithoutAUsableUrlAreConsumed() {
        BatchResult result = queue.process(List.of(new QueuedPost("m1", null),
                new QueuedPost("m2", "not a url at all")));

        assertEquals(List.of(), result.retry());
        assertEquals(2, result.failedPermanently());
        assertTrue(fake.store.items.isEmpty());
    }

    @Test
    void aSkippedPageIsFinished() {
        fake.page("https://example.org/wall", "SIGN IN to read this story.");

        BatchResult result = queue.process(List.of(new QueuedPost("m1", "https://example.org/wall")));

        assertEquals(List.of(), result.retry());
        assertEquals(SummaryStatus.SKIPPED, status("https://example.org/wall"));
        assertEquals(0, fake.modelCalls.get());
    }

    @Test
    void theSameUrlTwiceInABatchIsSummarizedOnce() {
        fake.page("https://example.org/a", FakeFlow.STORY);

        BatchResult result = queue.process(List.of(new QueuedPost("m1", "https://example.org/a"),
                new QueuedPost("m2", "https://EXAMPLE.org/a#comments")));

        assertEquals(List.of(), result.retry());
        assertEquals(2, result.finished());
        assertEquals(1, fake.modelCalls.get());
        assertEquals(1, fake.store.items.size());
    }

    @Test
    void aRedeliveredMessageCallsTheModelOnce() {
        fake.page("https://example.org/a", FakeFlow.STORY);
        QueuedPost message = new QueuedPost("m1", "https://example.org/a");

        queue.process(List.of(message));
        queue.process(List.of(message));

        assertEquals(1, fake.modelCalls.get());
        assertEquals(1, fake.store.items.size());
    }

    @Test
    void aRetryableFailureOnTheLastReceiveIsRecordedOnTheItemAndTheMessageStillReturned() {
        fake.failing("https://example.org/slow", ProcessingFailure.of(FailureKind.TIMEOUT, "no answer in 15 s"));

        BatchResult second = queue.process(List.of(new QueuedPost("m1", "https://example.org/slow", 2)));

        assertEquals(List.of("m1"), second.retry());
        assertTrue(fake.store.find(id("https://example.org/slow")).isEmpty(), "another receive is coming");

        BatchResult last = queue.process(List.of(new QueuedPost("m1", "https://example.org/slow",
                ProcessQueuedPosts.DEFAULT_MAX_RECEIVES)));

        assertEquals(List.of("m1"), last.retry(), "returned, so the queue moves it to the dead-letter queue");
        SummaryRecord item = item("https://example.org/slow");
        assertEquals(SummaryStatus.FAILED, item.status());
        assertEquals("TIMEOUT", item.failureKind());
        assertTrue(item.lastError().contains("no answer in 15 s"), item.lastError());
    }

    @Test
    void theLastReceiveDoesNotOverwriteASummaryAlreadyStored() {
        fake.page("https://example.org/a", FakeFlow.STORY);
        queue.process(List.of(new QueuedPost("m1", "https://example.org/a")));
        fake.failing("https://example.org/a", ProcessingFailure.of(FailureKind.TIMEOUT, "no answer in 15 s"));

        queue.process(List.of(new QueuedPost("m2", "https://example.org/a", ProcessQueuedPosts.DEFAULT_MAX_RECEIVES)));

        assertEquals(SummaryStatus.DONE, status("https://example.org/a"));
    }

    /**
     * Every fetch waits until BOUND fetches are in flight at once: processed one by one, the batch could not
     * get past the first fetch, and the in-flight count never exceeds the bound.
     */
    @Test
    void postsOfABatchRunConcurrentlyUpToTheBound() {
        CountDownLatch allInFlight = new CountDownLatch(BOUND);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicInteger reachedTogether = new AtomicInteger();
        List<QueuedPost> batch = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String url = "https://example.org/c" + i;
            String html = FakeFlow.STORY + " Part " + i + ".";
            fake.pages.put(url, () -> {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                allInFlight.countDown();
                try {
                    if (allInFlight.await(20, TimeUnit.SECONDS)) {
                        reachedTogether.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
                return html;
            });
            batch.add(new QueuedPost("m" + i, url));
        }

        BatchResult result = queue.process(batch);

        assertEquals(10, result.finished());
        assertEquals(10, reachedTogether.get(), "the first fetches waited for each other, so they ran together");
        assertEquals(BOUND, maxInFlight.get());
    }

    private SummaryStatus status(String url) {
        return item(url).status();
    }

    private SummaryRecord item(String url) {
        return fake.store.find(id(url)).orElseThrow();
    }

    private static String id(String url) {
        return PostUrl.parse(url).postId();
    }
}
