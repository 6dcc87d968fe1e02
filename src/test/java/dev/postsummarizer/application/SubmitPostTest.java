package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Accepting URLs for the queue, and the inline path with its time budget. */
class SubmitPostTest {

    private final FakeFlow fake = new FakeFlow();
    private final FakeFlow.RecordingQueue queue = new FakeFlow.RecordingQueue();
    private final ExecutorService inline = Executors.newCachedThreadPool();
    private final SubmitPost submit = new SubmitPost(fake.store, queue, fake.flow, inline, fake.clock);

    @AfterEach
    void stopThreads() {
        inline.shutdownNow();
    }

    @Test
    void aNewUrlIsStoredPendingAndEnqueued() {
        SubmitPost.Submission submission = submit.submit("https://example.org/post?utm_source=feed");

        String id = PostUrl.parse("https://example.org/post").postId();
        assertEquals(new SubmitPost.Submission(id, SummaryStatus.PENDING), submission);
        SummaryRecord stored = fake.store.find(id).orElseThrow();
        assertEquals(SummaryStatus.PENDING, stored.status());
        assertEquals(null, stored.leaseUntil(), "a queued item must not block the worker's lease");
        assertEquals(List.of("https://example.org/post?utm_source=feed"), queue.sent);
    }

    @Test
    void aUrlTheQueueRefusedIsAnErrorAndTheItemSaysItWasNotQueued() {
        SubmitPost refusing = new SubmitPost(fake.store, urls -> {
            throw ProcessingFailure.of(FailureKind.UPSTREAM_UNAVAILABLE, "the queue refused messages: connection refused");
        }, fake.flow, inline, fake.clock);

        ProcessingFailure failure = assertThrows(ProcessingFailure.class, () -> refusing.submit("https://example.org/q"));

        assertTrue(failure.retryable());
        SummaryRecord stored = fake.store.find(PostUrl.parse("https://example.org/q").postId()).orElseThrow();
        assertEquals(SummaryStatus.FAILED, stored.status(), "nothing reads as accepted that was not enqueued");
        assertEquals("UPSTREAM_UNAVAILABLE: not queued: the queue refused messages: connection refused",
                stored.lastError());
        assertEquals(SummaryStatus.PENDING, submit.submit("https://example.org/q").status(), "a new submission starts over");
    }

    @Test
    void theQueuedItemIsSummarizedByTheWorkerLater() {
        fake.page("https://example.org/post", FakeFlow.STORY);
        submit.submit("https://example.org/post");

        SummaryRecord done = fake.flow.summarize(SummarizeCommand.ofUrl(queue.sent.get(0)));

        assertEquals(SummaryStatus.DONE, done.status());
        assertEquals(1, done.attempts());
    }

    @Test
    void anInvalidUrlIsRefusedAndNothingIsWrittenOrEnqueued() {
        PermanentFailure failure = assertThrows(PermanentFailure.class, () -> submit.submit("ftp://example.org/x"));

        assertEquals(FailureKind.INVALID_URL, failure.kind());
        assertTrue(fake.store.items.isEmpty());
        assertTrue(queue.sent.isEmpty());
    }

    @Test
    void aDoneItemKeepsItsStatusAndIsEnqueuedForARefresh() {
        fake.page("https://example.org/post", FakeFlow.STORY);
        fake.flow.summarize(SummarizeCommand.ofUrl("https://example.org/post"));

        SubmitPost.Submission submission = submit.submit("https://example.org/post");

        assertEquals(SummaryStatus.DONE, submission.status());
        assertEquals(1, queue.sent.size());
    }

    @Test
    void aFailedItemIsPendingAgain() {
        PostUrl url = PostUrl.parse("https://example.org/post");
        fake.store.items.put(url.postId(), SummaryRecord.builder().postId(url.postId()).status(SummaryStatus.FAILED)
                .failureKind("TIMEOUT").lastError("TIMEOUT: slow").attempts(1).version(1).build());

        SubmitPost.Submission submission = submit.submit("https://example.org/post");

        assertEquals(SummaryStatus.PENDING, submission.status());
        assertEquals(SummaryStatus.PENDING, fake.store.find(url.postId()).orElseThrow().status());
    }

    @Test
    void waitingReturnsTheFinishedRecordWithoutEnqueueing() {
        fake.page("https://example.org/post", FakeFlow.STORY);

        SubmitPost.Outcome outcome = submit.submitAndWait("https://example.org/post", Duration.ofSeconds(30));

        SubmitPost.Finished finished = assertInstanceOf(SubmitPost.Finished.class, outcome);
        assertEquals(SummaryStatus.DONE, finished.record().status());
        assertTrue(queue.sent.isEmpty());
    }

    @Test
    void waitingPastTheBudgetFallsBackToTheQueue() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        fake.pages.put("https://example.org/slow", () -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeFlow.STORY;
        });

        SubmitPost.Outcome outcome = submit.submitAndWait("https://example.org/slow", Duration.ofMillis(50));
        release.countDown();

        SubmitPost.Accepted accepted = assertInstanceOf(SubmitPost.Accepted.class, outcome);
        assertEquals(PostUrl.parse("https://example.org/slow").postId(), accepted.submission().postId());
        assertEquals(List.of("https://example.org/slow"), queue.sent);
    }

    @Test
    void waitingOnAPostThatAnotherAttemptHoldsIsASubmission() {
        fake.page("https://example.org/post", FakeFlow.STORY);
        PostUrl url = PostUrl.parse("https://example.org/post");
        fake.store.items.put(url.postId(), SummaryRecord.builder().postId(url.postId()).status(SummaryStatus.PENDING)
                .leaseUntil(FakeFlow.NOW.plusSeconds(60)).attempts(1).version(1).build());

        SubmitPost.Outcome outcome = submit.submitAndWait("https://example.org/post", Duration.ofSeconds(30));

        SubmitPost.Accepted accepted = assertInstanceOf(SubmitPost.Accepted.class, outcome);
        assertEquals(SummaryStatus.PENDING, accepted.submission().status());
        assertEquals(0, fake.modelCalls.get());
        assertEquals(1, queue.sent.size());
    }

    @Test
    void aFailureOfTheInlineAttemptReachesTheCaller() {
        PermanentFailure failure = assertThrows(PermanentFailure.class,
                () -> submit.submitAndWait("https://example.org/missing", Duration.ofSeconds(30)));

        assertEquals(FailureKind.NOT_FOUND, failure.kind());
        assertTrue(queue.sent.isEmpty());
    }
}
