package dev.postsummarizer.testing;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads the summaries table with a plain SDK client, independent of the application's own store code. */
public final class TableItems implements AutoCloseable {

    private final DynamoDbClient client;
    private final String table;

    public TableItems(String endpoint, String table) {
        this.client = Dynoxide.client(endpoint);
        this.table = table;
    }

    public Map<String, AttributeValue> get(String postId) {
        return client.getItem(b -> b.tableName(table).key(Map.of("postId", AttributeValue.fromS(postId))))
                .item();
    }

    /** Every item, over all pages of the scan (one page stops at 1 MB, a few hundred summaries). */
    public List<Map<String, AttributeValue>> all() {
        return client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().stream().toList();
    }

    /** Moves a PENDING item's lease into the past, as if its attempt had crashed long ago. */
    public void expireLease(String postId) {
        client.updateItem(b -> b.tableName(table).key(Map.of("postId", AttributeValue.fromS(postId)))
                .updateExpression("SET leaseUntil = :past")
                .expressionAttributeValues(Map.of(":past", AttributeValue.fromS("2000-01-01T00:00:00Z"))));
    }

    @Override
    public void close() {
        client.close();
    }
}
