package dev.postsummarizer.adapter.out.dynamodb;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the table and its {@code byDigestDay} index at start-up when {@code summaries.create-table} is
 * set (dev mode and tests; in AWS, serverless.yml owns the table). The shape here mirrors serverless.yml.
 */
@ApplicationScoped
public class SummaryTableCreator {

    public static final String DIGEST_INDEX = "byDigestDay";
    private static final Logger LOG = Logger.getLogger(SummaryTableCreator.class);

    private final DynamoDbClient dynamoDb;
    private final SummaryTableConfig config;

    public SummaryTableCreator(DynamoDbClient dynamoDb, SummaryTableConfig config) {
        this.dynamoDb = dynamoDb;
        this.config = config;
    }

    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (config.createTable()) {
            createIfMissing();
        }
    }

    public void createIfMissing() {
        try {
            dynamoDb.createTable(b -> b
                    .tableName(config.table())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            attribute(SummaryItemMapper.POST_ID),
                            attribute(SummaryItemMapper.DIGEST_DAY),
                            attribute(SummaryItemMapper.SUMMARIZED_AT))
                    .keySchema(key(SummaryItemMapper.POST_ID, KeyType.HASH))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                            .indexName(DIGEST_INDEX)
                            .keySchema(key(SummaryItemMapper.DIGEST_DAY, KeyType.HASH),
                                    key(SummaryItemMapper.SUMMARIZED_AT, KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.ALL))
                            .build()));
            dynamoDb.updateTimeToLive(b -> b
                    .tableName(config.table())
                    .timeToLiveSpecification(t -> t.enabled(true).attributeName(SummaryItemMapper.EXPIRES_AT)));
            LOG.infof("created table %s", config.table());
        } catch (ResourceInUseException alreadyThere) {
            LOG.debugf("table %s already exists", config.table());
        }
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
