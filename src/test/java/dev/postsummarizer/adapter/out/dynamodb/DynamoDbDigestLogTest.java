package dev.postsummarizer.adapter.out.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.port.DigestLog.Claim;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import dev.postsummarizer.testing.Dynoxide;
import dev.postsummarizer.testing.LocalServerProcess;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The digest log's conditional writes against a real DynamoDB-compatible server (dynoxide). */
class DynamoDbDigestLogTest {

    private static final String TABLE = "summaries-digest-log-test";
    private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");
    private static final Instant LEASE_END = NOW.plus(Duration.ofMinutes(15));
    private static LocalServerProcess dynoxide;
    private static DynamoDbClient client;
    private static DynamoDbDigestLog log;
    private static DynamoDbSummaryStore store;

    @BeforeAll
    static void startDynoxide() {
        dynoxide = Dynoxide.start();
        client = Dynoxide.client(dynoxide.url());
        SummaryTableConfig config = new SummaryTableConfig() {
            public String table() {
                return TABLE;
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
        new SummaryTableCreator(client, config).createIfMissing();
        log = new DynamoDbDigestLog(client, config);
        store = new DynamoDbSummaryStore(client, config);
    }

    @AfterAll
    static void stop() {
        client.close();
        dynoxide.close();
    }

    @Test
    void aDayIsClaimedOnceAndThenReportedAsSent() {
        LocalDate day = LocalDate.of(2026, 11, 1);

        Claim first = log.claim(day, NOW, LEASE_END);
        Claim second = log.claim(day, NOW.plusSeconds(1), LEASE_END);
        assertEquals(new Claim.Granted(day, 1), first);
        assertEquals(new Claim.InProgress(day, LEASE_END), second);

        log.markSent((Claim.Granted) first, "ses-message-1", 12, NOW.plusSeconds(2));

        assertEquals(new Claim.AlreadySent(day, "ses-message-1"), log.claim(day, NOW.plusSeconds(3), LEASE_END));
        // even long after any lease, a sent day stays sent
        assertInstanceOf(Claim.AlreadySent.class, log.claim(day, NOW.plus(Duration.ofDays(2)), LEASE_END));
        Map<String, AttributeValue> item = item(day);
        assertEquals("SENT", item.get("digestStatus").s());
        assertEquals("12", item.get("posts").n());
        assertFalse(item.containsKey("leaseUntil"));
    }

    @Test
    void aFailedSendCanBeClaimedAgain() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        Claim.Granted first = (Claim.Granted) log.claim(day, NOW, LEASE_END);

        log.markFailed(first, "RATE_LIMITED: SES is throttling", NOW.plusSeconds(1));
        assertEquals("RATE_LIMITED: SES is throttling", item(day).get("lastError").s());

        Claim retry = log.claim(day, NOW.plusSeconds(60), LEASE_END.plusSeconds(60));
        assertEquals(new Claim.Granted(day, 2), retry);
        assertFalse(item(day).containsKey("lastError"), "a new attempt clears the old error");
    }

    @Test
    void anExpiredClaimIsTakenOverAndTheOldSenderCannotOverwriteIt() {
        LocalDate day = LocalDate.of(2026, 11, 3);
        Claim.Granted stale = (Claim.Granted) log.claim(day, NOW, LEASE_END);

        Claim takeover = log.claim(day, LEASE_END.plusSeconds(1), LEASE_END.plus(Duration.ofMinutes(15)));
        assertEquals(new Claim.Granted(day, 2), takeover);

        log.markFailed(stale, "late failure of the first sender", LEASE_END.plusSeconds(2));
        assertEquals("SENDING", item(day).get("digestStatus").s(), "the newer attempt's claim stands");

        log.markSent((Claim.Granted) takeover, "ses-message-2", 3, LEASE_END.plusSeconds(3));
        assertEquals("SENT", item(day).get("digestStatus").s());
    }

    @Test
    void theLogItemStaysOutOfTheDaysIndex() {
        LocalDate day = LocalDate.of(2026, 11, 4);
        store.acquireLease(SummaryRecord.builder().postId("p1").url("https://a.example/1")
                .status(SummaryStatus.PENDING).createdAt(NOW).updatedAt(NOW).build(), NOW).orElseThrow();
        SummaryRecord pending = store.find("p1").orElseThrow();
        store.replace(pending.toBuilder().status(SummaryStatus.DONE).summarizedAt(NOW).digestDay(day.toString())
                .build(), pending.version()).orElseThrow();
        Claim.Granted claim = (Claim.Granted) log.claim(day, NOW, LEASE_END);
        log.markSent(claim, "m", 1, NOW);

        var page = store.listDay(day, 10, null);
        assertEquals(1, page.records().size());
        assertEquals("p1", page.records().get(0).postId());
        assertTrue(item(day).get("postId").s().startsWith("digest#"));
    }

    private static Map<String, AttributeValue> item(LocalDate day) {
        return client.getItem(b -> b.tableName(TABLE).consistentRead(true)
                .key(Map.of("postId", AttributeValue.fromS("digest#" + day)))).item();
    }
}
