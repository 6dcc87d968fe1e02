package dev.postsummarizer.adapter.out.dynamodb;

import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.RetryableFailure;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * {@link SummaryStore} on one DynamoDB table. Every write is a conditional put on {@code version}, so a
 * writer that read an older state loses instead of overwriting a newer one.
 */
@ApplicationScoped
public class DynamoDbSummaryStore implements SummaryStore {

    private static final String VERSION_MATCHES = "#version = :expected";
    private static final String NOT_LEASED =
            "(#status <> :pending OR attribute_not_exists(#leaseUntil) OR #leaseUntil < :now)";

    private final DynamoDbClient dynamoDb;
    private final SummaryTableConfig config;

    public DynamoDbSummaryStore(DynamoDbClient dynamoDb, SummaryTableConfig config) {
        this.dynamoDb = dynamoDb;
        this.config = config;
    }

    @Override
    public Optional<SummaryRecord> find(String postId) {
        GetItemResponse response = call(() -> dynamoDb.getItem(b -> b
                .tableName(config.table())
                .key(Map.of(SummaryItemMapper.POST_ID, AttributeValue.fromS(postId)))
                .consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(SummaryItemMapper.fromItem(response.item()))
                : Optional.empty();
    }

    @Override
    public Optional<SummaryRecord> acquireLease(SummaryRecord pending, Instant now) {
        if (pending.version() == 0) {
            return put(pending, "attribute_not_exists(" + SummaryItemMapper.POST_ID + ")", Map.of(), Map.of());
        }
        return put(pending, VERSION_MATCHES + " AND " + NOT_LEASED,
                Map.of("#version", SummaryItemMapper.VERSION, "#status", SummaryItemMapper.STATUS,
                        "#leaseUntil", SummaryItemMapper.LEASE_UNTIL),
                Map.of(":expected", AttributeValue.fromN(Long.toString(pending.version())),
                        ":pending", AttributeValue.fromS(SummaryStatus.PENDING.name()),
                        ":now", AttributeValue.fromS(now.toString())));
    }

    @Override
    public Optional<SummaryRecord> replace(SummaryRecord updated, long expectedVersion) {
        return put(updated.withVersion(expectedVersion), VERSION_MATCHES,
                Map.of("#version", SummaryItemMapper.VERSION),
                Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))));
    }

    @Override
    public DayPage listDay(LocalDate day, int limit, String cursor) {
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(config.table())
                .indexName(SummaryTableCreator.DIGEST_INDEX)
                .keyConditionExpression("#day = :day")
                .expressionAttributeNames(Map.of("#day", SummaryItemMapper.DIGEST_DAY))
                .expressionAttributeValues(Map.of(":day", AttributeValue.fromS(day.toString())))
                .scanIndexForward(false)
                .limit(limit);
        if (cursor != null && !cursor.isBlank()) {
            request.exclusiveStartKey(DayCursor.decode(cursor));
        }
        QueryResponse response = call(() -> dynamoDb.query(request.build()));
        List<SummaryRecord> records = response.items().stream().map(SummaryItemMapper::fromItem).toList();
        return new DayPage(records, DayCursor.encode(response.lastEvaluatedKey()));
    }

    /**
     * Reads only the attributes story linking compares (a fraction of each item's size), and with {@code after}
     * only the posts summarized since, so a warm function reads what is new instead of the day again.
     */
    @Override
    public List<StoryCandidate> storyCandidates(LocalDate day, Instant after, int limit) {
        Map<String, String> names = Map.of("#day", SummaryItemMapper.DIGEST_DAY, "#at", SummaryItemMapper.SUMMARIZED_AT,
                "#id", SummaryItemMapper.POST_ID, "#story", "storyId", "#sketch", "sketch");
        Map<String, AttributeValue> values = after == null
                ? Map.of(":day", AttributeValue.fromS(day.toString()))
                : Map.of(":day", AttributeValue.fromS(day.toString()), ":after", AttributeValue.fromS(after.toString()));
        QueryResponse response = call(() -> dynamoDb.query(b -> b
                .tableName(config.table())
                .indexName(SummaryTableCreator.DIGEST_INDEX)
                .keyConditionExpression(after == null ? "#day = :day" : "#day = :day AND #at > :after")
                .projectionExpression("#id, #story, #sketch, #at")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .scanIndexForward(false)
                .limit(limit)));
        return response.items().stream()
                .map(item -> new StoryCandidate(text(item, SummaryItemMapper.POST_ID), text(item, "storyId"),
                        text(item, "sketch"), instantOrNull(text(item, SummaryItemMapper.SUMMARIZED_AT))))
                .toList();
    }

    private static Instant instantOrNull(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    /** Writes {@code record} with version + 1 if the condition holds; empty when it does not. */
    private Optional<SummaryRecord> put(SummaryRecord record, String condition, Map<String, String> names,
            Map<String, AttributeValue> values) {
        SummaryRecord written = record.withVersion(record.version() + 1);
        PutItemRequest.Builder request = PutItemRequest.builder()
                .tableName(config.table())
                .item(SummaryItemMapper.toItem(written, expiresAt(written)))
                .conditionExpression(condition);
        if (!names.isEmpty()) {
            request.expressionAttributeNames(new HashMap<>(names));
        }
        if (!values.isEmpty()) {
            request.expressionAttributeValues(new HashMap<>(values));
        }
        try {
            call(() -> dynamoDb.putItem(request.build()));
            return Optional.of(written);
        } catch (ConditionalCheckFailedException lostRace) {
            return Optional.empty();
        }
    }

    private Long expiresAt(SummaryRecord record) {
        return config.ttl()
                .map(ttl -> record.updatedAt().plus(ttl).getEpochSecond())
                .orElse(null);
    }

    /** Runs a DynamoDB call; anything but a lost condition is the store being unavailable (retryable). */
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
