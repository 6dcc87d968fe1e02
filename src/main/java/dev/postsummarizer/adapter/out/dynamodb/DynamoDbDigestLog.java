package dev.postsummarizer.adapter.out.dynamodb;

import dev.postsummarizer.application.port.DigestLog;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.RetryableFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link DigestLog} as one item per day in the summaries table, keyed {@code digest#YYYY-MM-DD} (post ids are
 * hex hashes, so the keys cannot collide). The item has no {@code digestDay}, so it stays out of the
 * {@code byDigestDay} index. Every transition is a conditional update:
 * <ul>
 *   <li>claim: absent, FAILED, or SENDING with an expired lease → SENDING, attempt + 1;</li>
 *   <li>sent / failed: only while SENDING under the same attempt, so a sender whose lease was taken over
 *       cannot overwrite the newer attempt's state.</li>
 * </ul>
 */
@ApplicationScoped
public class DynamoDbDigestLog implements DigestLog {

    static final String KEY_PREFIX = "digest#";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private static final String CLAIMABLE = "attribute_not_exists(#pk) OR #status = :failed"
            + " OR (#status = :sending AND #leaseUntil < :now)";
    private static final String HELD_BY_ATTEMPT = "#status = :sending AND #attempt = :attempt";

    private final DynamoDbClient dynamoDb;
    private final SummaryTableConfig config;

    public DynamoDbDigestLog(DynamoDbClient dynamoDb, SummaryTableConfig config) {
        this.dynamoDb = dynamoDb;
        this.config = config;
    }

    @Override
    public Claim claim(LocalDate day, Instant now, Instant leaseUntil) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", SummaryItemMapper.POST_ID, "#status", "digestStatus",
                "#leaseUntil", "leaseUntil", "#attempt", "attempt", "#updatedAt", "updatedAt",
                "#lastError", "lastError"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":failed", AttributeValue.fromS(FAILED),
                ":sending", AttributeValue.fromS(SENDING),
                ":now", AttributeValue.fromS(now.toString()),
                ":until", AttributeValue.fromS(leaseUntil.toString()),
                ":zero", AttributeValue.fromN("0"),
                ":one", AttributeValue.fromN("1")));
        try {
            Map<String, AttributeValue> after = call(() -> dynamoDb.updateItem(b -> b
                    .tableName(config.table())
                    .key(key(day))
                    .updateExpression("SET #status = :sending, #leaseUntil = :until, #updatedAt = :now,"
                            + " #attempt = if_not_exists(#attempt, :zero) + :one REMOVE #lastError")
                    .conditionExpression(CLAIMABLE)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues("ALL_NEW"))).attributes();
            return new Claim.Granted(day, Integer.parseInt(after.get("attempt").n()));
        } catch (ConditionalCheckFailedException taken) {
            return refusal(day);
        }
    }

    @Override
    public void markSent(Claim.Granted claim, String messageId, int posts, Instant now) {
        finish(claim, "SET #status = :done, messageId = :messageId, posts = :posts, sentAt = :now,"
                + " #updatedAt = :now REMOVE #leaseUntil", Map.of(
                        ":done", AttributeValue.fromS(SENT),
                        ":messageId", AttributeValue.fromS(messageId),
                        ":posts", AttributeValue.fromN(Integer.toString(posts)),
                        ":now", AttributeValue.fromS(now.toString())));
    }

    @Override
    public void markFailed(Claim.Granted claim, String error, Instant now) {
        finish(claim, "SET #status = :done, lastError = :error, #updatedAt = :now REMOVE #leaseUntil", Map.of(
                ":done", AttributeValue.fromS(FAILED),
                ":error", AttributeValue.fromS(error),
                ":now", AttributeValue.fromS(now.toString())));
    }

    /** Writes the end of an attempt, if this attempt still holds the day (else the newer attempt's state wins). */
    private void finish(Claim.Granted claim, String update, Map<String, AttributeValue> updateValues) {
        Map<String, AttributeValue> values = new HashMap<>(updateValues);
        values.put(":sending", AttributeValue.fromS(SENDING));
        values.put(":attempt", AttributeValue.fromN(Integer.toString(claim.attempt())));
        try {
            call(() -> dynamoDb.updateItem(b -> b
                    .tableName(config.table())
                    .key(key(claim.day()))
                    .updateExpression(update)
                    .conditionExpression(HELD_BY_ATTEMPT)
                    .expressionAttributeNames(Map.of("#status", "digestStatus", "#attempt", "attempt",
                            "#leaseUntil", "leaseUntil", "#updatedAt", "updatedAt"))
                    .expressionAttributeValues(values)));
        } catch (ConditionalCheckFailedException takenOver) {
            // Another invocation took the day over after our lease ran out; its record stands.
        }
    }

    /** Why a claim was refused, read back from the item. */
    private Claim refusal(LocalDate day) {
        Map<String, AttributeValue> item = call(() -> dynamoDb.getItem(b -> b
                .tableName(config.table()).key(key(day)).consistentRead(true))).item();
        AttributeValue status = item == null ? null : item.get("digestStatus");
        if (status != null && SENT.equals(status.s())) {
            AttributeValue messageId = item.get("messageId");
            return new Claim.AlreadySent(day, messageId == null ? null : messageId.s());
        }
        AttributeValue lease = item == null ? null : item.get("leaseUntil");
        return new Claim.InProgress(day, lease == null ? null : Instant.parse(lease.s()));
    }

    private static Map<String, AttributeValue> key(LocalDate day) {
        return Map.of(SummaryItemMapper.POST_ID, AttributeValue.fromS(KEY_PREFIX + day));
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (ConditionalCheckFailedException lostRace) {
            throw lostRace;
        } catch (SdkException e) {
            throw new RetryableFailure(FailureKind.STORE_UNAVAILABLE, "DynamoDB call failed: " + e.getMessage(), e);
        }
    }
}
