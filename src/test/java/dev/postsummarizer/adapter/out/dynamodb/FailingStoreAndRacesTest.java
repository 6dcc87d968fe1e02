package dev.postsummarizer.adapter.out.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.SummarizeCommand;
import dev.postsummarizer.application.SummarizePost;
import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import dev.postsummarizer.testing.Dynoxide;
import dev.postsummarizer.testing.LocalServerProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The flow against a real DynamoDB-compatible server when the store fails or attempts race (issue 7,
 * "failing dependencies"): nothing lost, nothing duplicated, and the item's status and attempts tell what
 * happened.
 */
class FailingStoreAndRacesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String TEXT = "The council approved the new bridge on Monday by seven votes to two. "
            + "Construction starts in March and should take eighteen months, the mayor said.";
    private static final SummaryTableConfig CONFIG = new SummaryTableConfig() {
        public String table() {
            return "summaries-failing-deps-test";
        }

        public Duration lease() {
            return Duration.ofMinutes(2);
        }

        public boolean createTable() {
            return true;
        }

        public Optional<Duration> ttl() {
            return Optional.empty();
        }
    };

    private static LocalServerProcess dynoxide;
    private static DynamoDbClient client;
    private static DynamoDbSummaryStore store;

    private final AtomicInteger modelCalls = new AtomicInteger();

    @BeforeAll
    static void startDynoxide() {
        dynoxide = Dynoxide.start();
        client = Dynoxide.client(dynoxide.url());
        new SummaryTableCreator(client, CONFIG).createIfMissing();
        store = new DynamoDbSummaryStore(client, CONFIG);
    }

    @AfterAll
    static void stop() {
        client.close();
        dynoxide.close();
    }

    @Test
    void anUnreachableStoreIsARetryableFailureAndTheModelIsNotCalled() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (DynamoDbClient unreachable = Dynoxide.client("http://127.0.0.1:" + closedPort)) {
            SummarizePost flow = flow(new DynamoDbSummaryStore(unreachable, CONFIG), summarizer(null));

            ProcessingFailure failure = assertThrows(ProcessingFailure.class,
                    () -> flow.summarize(SummarizeCommand.ofUrl("https://example.org/unreachable-store")));

            assertEquals(FailureKind.STORE_UNAVAILABLE, failure.kind());
            assertTrue(failure.retryable());
            assertEquals(0, modelCalls.get());
        }
    }

    @Test
    void aSecondAttemptDuringTheFirstGetsInProgressAndTheModelIsCalledOnce() throws Exception {
        CountDownLatch firstInModel = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        SummarizePost flow = flow(store, summarizer(() -> {
            firstInModel.countDown();
            await(secondDone);
        }));
        String url = "https://example.org/race";

        CompletableFuture<SummaryRecord> first = CompletableFuture.supplyAsync(
                () -> flow.summarize(SummarizeCommand.ofUrl(url)));
        await(firstInModel);
        ProcessingFailure second = assertThrows(ProcessingFailure.class,
                () -> flow.summarize(SummarizeCommand.ofUrl(url)));
        secondDone.countDown();
        SummaryRecord done = first.get(30, TimeUnit.SECONDS);

        assertEquals(FailureKind.IN_PROGRESS, second.kind());
        assertTrue(second.retryable(), "the duplicate delivery is retried later, not dropped");
        assertEquals(SummaryStatus.DONE, done.status());
        SummaryRecord again = flow.summarize(SummarizeCommand.ofUrl(url));
        assertEquals(done, again, "the retry finds the stored summary");
        assertEquals(1, modelCalls.get());
        assertEquals(1, store.find(PostUrl.parse(url).postId()).orElseThrow().attempts());
    }

    @Test
    void anAttemptThatCrashedUnderItsLeaseIsCompletedByTheRedeliveryAfterTheLeaseExpires() {
        String url = "https://example.org/crashed";
        PostUrl post = PostUrl.parse(url);
        SummaryRecord crashed = SummaryRecord.builder().postId(post.postId()).url(url).canonicalUrl(post.canonical())
                .status(SummaryStatus.PENDING).attempts(1).createdAt(NOW.minusSeconds(600))
                .updatedAt(NOW.minusSeconds(600)).leaseUntil(NOW.minusSeconds(480)).version(0).build();
        store.acquireLease(crashed, NOW.minusSeconds(600)).orElseThrow();

        SummaryRecord done = flow(store, summarizer(null)).summarize(SummarizeCommand.ofUrl(url));

        assertEquals(SummaryStatus.DONE, done.status());
        assertEquals(2, done.attempts(), "the crashed attempt and the one that finished");
        assertNull(done.leaseUntil());
        assertEquals(1, modelCalls.get());
        assertEquals(done, store.find(post.postId()).orElseThrow());
    }

    private SummarizePost flow(SummaryStore summaryStore, Summarizer summarizer) {
        PageFetcher fetcher = url -> new PageFetcher.FetchedPage(url.canonical(), "<p>" + TEXT + "</p>", "text/html",
                "UTF-8");
        return new SummarizePost(new SummarizePost.Collaborators(fetcher,
                (html, url) -> new ExtractedPost(url, null, "Bridge", null, "Example", null, "en", List.of(TEXT),
                        List.of()),
                (html, extracted) -> Optional.empty(),
                (html, extracted) -> Optional.empty(),
                summarizer, summaryStore), Clock.fixed(NOW, ZoneOffset.UTC), CONFIG.lease());
    }

    /** Counts model calls; {@code duringCall} runs inside the call (to hold it open), when given. */
    private Summarizer summarizer(Runnable duringCall) {
        return new Summarizer() {
            @Override
            public Summary summarize(ExtractedPost post) {
                modelCalls.incrementAndGet();
                if (duringCall != null) {
                    duringCall.run();
                }
                return new Summary("The council approved a bridge.", List.of(new KeyFact("seven votes to two",
                        "by seven votes to two")), "en", List.of("bridge"), "test/model", "p1", 10, 5, 0, false);
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
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "timed out waiting for the other attempt");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
