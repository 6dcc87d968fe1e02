package dev.postsummarizer.adapter.out.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.TextSketch;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import dev.postsummarizer.testing.Dynoxide;
import dev.postsummarizer.testing.LocalServerProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The store's conditional writes against a real DynamoDB-compatible server (dynoxide). */
class DynamoDbSummaryStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static LocalServerProcess dynoxide;
    private static DynamoDbClient client;
    private static DynamoDbSummaryStore store;

    @BeforeAll
    static void startDynoxide() {
        dynoxide = Dynoxide.start();
        client = Dynoxide.client(dynoxide.url());
        SummaryTableConfig config = new SummaryTableConfig() {
            public String table() {
                return "summaries-store-test";
            }

            public Duration lease() {
                return Duration.ofMinutes(2);
            }

            public boolean createTable() {
                return true;
            }

            public Optional<Duration> ttl() {
                return Optional.of(Duration.ofDays(30));
            }
        };
        new SummaryTableCreator(client, config).createIfMissing();
        store = new DynamoDbSummaryStore(client, config);
    }

    @AfterAll
    static void stop() {
        client.close();
        dynoxide.close();
    }

    @Test
    void firstLeaseCreatesThePendingItemAndASecondFreshLeaseLoses() {
        SummaryRecord pending = pending(UUID.randomUUID().toString(), 0, NOW.plusSeconds(120));

        Optional<SummaryRecord> first = store.acquireLease(pending, NOW);
        Optional<SummaryRecord> second = store.acquireLease(pending, NOW);

        assertTrue(first.isPresent());
        assertEquals(1, first.get().version());
        assertTrue(second.isEmpty(), "a second attempt that saw no item must not overwrite the first");
        assertEquals(SummaryStatus.PENDING, store.find(pending.postId()).orElseThrow().status());
    }

    @Test
    void anUnexpiredLeaseBlocksAndAnExpiredOneCanBeTakenOver() {
        String id = UUID.randomUUID().toString();
        SummaryRecord held = store.acquireLease(pending(id, 0, NOW.plusSeconds(120)), NOW).orElseThrow();

        Optional<SummaryRecord> whileHeld = store.acquireLease(pending(id, held.version(), NOW.plusSeconds(240)),
                NOW.plusSeconds(60));
        Optional<SummaryRecord> afterExpiry = store.acquireLease(pending(id, held.version(), NOW.plusSeconds(400)),
                NOW.plusSeconds(180));

        assertTrue(whileHeld.isEmpty());
        assertEquals(2, afterExpiry.orElseThrow().version());
    }

    @Test
    void replaceWritesOnlyOverTheVersionItRead() {
        String id = UUID.randomUUID().toString();
        SummaryRecord held = store.acquireLease(pending(id, 0, NOW.plusSeconds(120)), NOW).orElseThrow();
        SummaryRecord done = done(held);

        Optional<SummaryRecord> written = store.replace(done, held.version());
        Optional<SummaryRecord> stale = store.replace(done, held.version());

        assertEquals(2, written.orElseThrow().version());
        assertTrue(stale.isEmpty(), "a writer holding an old version must not overwrite a newer result");
    }

    @Test
    void everyFieldSurvivesTheRoundTripAndTheItemIsIndexedByDay() {
        String id = UUID.randomUUID().toString();
        SummaryRecord held = store.acquireLease(pending(id, 0, NOW.plusSeconds(120)), NOW).orElseThrow();
        SummaryRecord written = store.replace(done(held), held.version()).orElseThrow();

        SummaryRecord read = store.find(id).orElseThrow();

        assertEquals(written, read);
        Map<String, AttributeValue> raw = client.getItem(b -> b.tableName("summaries-store-test")
                .key(Map.of("postId", AttributeValue.fromS(id)))).item();
        assertEquals("2026-11-28", raw.get("digestDay").s());
        assertEquals(Long.toString(NOW.plusSeconds(5).plus(Duration.ofDays(30)).getEpochSecond()),
                raw.get("expiresAt").n());
        assertNull(raw.get("leaseUntil"), "a finished item holds no lease");
        int indexed = client.query(b -> b.tableName("summaries-store-test").indexName("byDigestDay")
                .keyConditionExpression("digestDay = :d")
                .expressionAttributeValues(Map.of(":d", AttributeValue.fromS("2026-11-28")))).count();
        assertTrue(indexed >= 1);
        SummaryStore.StoryCandidate candidate =
                new SummaryStore.StoryCandidate(id, written.storyId(), written.sketch(), written.summarizedAt());
        java.time.LocalDate day = java.time.LocalDate.parse("2026-11-28");
        assertTrue(store.storyCandidates(day, null, 200).contains(candidate),
                "story linking reads the post's story keys from the day's index");
        assertTrue(store.storyCandidates(day, written.summarizedAt().minusMillis(1), 200).contains(candidate),
                "a post summarized after the bound is read");
        assertTrue(store.storyCandidates(day, written.summarizedAt(), 200).stream()
                .noneMatch(c -> c.postId().equals(id)), "a post summarized at or before the bound is not");
    }

    @Test
    void aDayIsListedNewestFirstPageByPage() {
        String day = "2026-11-27";
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            SummaryRecord held = store.acquireLease(pending(id, 0, NOW.plusSeconds(120)), NOW).orElseThrow();
            Instant at = Instant.parse(day + "T0" + i + ":00:00Z");
            store.replace(done(held).toBuilder().title("post " + i).updatedAt(at).summarizedAt(at).digestDay(day)
                    .build(), held.version()).orElseThrow();
        }

        SummaryStore.DayPage first = store.listDay(java.time.LocalDate.parse(day), 3, null);
        SummaryStore.DayPage second = store.listDay(java.time.LocalDate.parse(day), 3, first.nextCursor());

        assertEquals(List.of("post 4", "post 3", "post 2"), first.records().stream().map(SummaryRecord::title).toList());
        assertEquals(List.of("post 1", "post 0"), second.records().stream().map(SummaryRecord::title).toList());
        assertNull(second.nextCursor(), "the last page has no cursor");
    }

    private static SummaryRecord pending(String id, long version, Instant leaseUntil) {
        return SummaryRecord.builder().postId(id).url("https://example.org/p?utm_source=x")
                .canonicalUrl("https://example.org/p").title("Title").siteName("Example").author("Ann Author")
                .publishedAt("2025-05-07T08:00:00Z").language("en").status(SummaryStatus.PENDING)
                .contentHash("hash").wordCount(120).attempts(1).createdAt(NOW).updatedAt(NOW)
                .leaseUntil(leaseUntil).version(version).build();
    }

    private static SummaryRecord done(SummaryRecord held) {
        Instant at = NOW.plusSeconds(5);
        return held.toBuilder().status(SummaryStatus.DONE).summary("A neutral summary.")
                .keyFacts(List.of(new KeyFact("282 airstrikes since 28 March", "282 airstrikes since 28 March"),
                        new KeyFact("The visit defies an arrest warrant", "defies an arrest warrant",
                                "Fortify Rights")))
                .unsupported(List.of("1,200")).estimatedCostUsd(0.00042)
                .topics(List.of("myanmar", "russia")).model("openai/test-model").promptVersion("v1")
                .inputTokens(1200L).outputTokens(240L).droppedFacts(1).degraded(false).updatedAt(at)
                .summarizedAt(at).leaseUntil(null).digestDay("2026-11-28")
                .source(new RepostSource("The Irrawaddy", null, "2025-05-07")).storyId(held.postId())
                .sketch(TextSketch.of("one two three four five").encode()).build();
    }
}
