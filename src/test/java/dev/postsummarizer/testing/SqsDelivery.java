package dev.postsummarizer.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Hands ElasticMQ's messages to the {@code queue} function the way Lambda's event source mapping does with
 * {@code ReportBatchItemFailures}: a poll of up to ten messages becomes one SQS event posted to the mock Lambda
 * event server; the messages the function lists in {@code batchItemFailures} are made visible again (so the
 * queue counts another receive and, past its limit, moves them to the dead-letter queue), the rest are deleted.
 */
public final class SqsDelivery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticMq sqs;

    public SqsDelivery(ElasticMq sqs) {
        this.sqs = sqs;
    }

    /** What one poll delivered and which of those messages the function asked to get back. */
    public record Round(List<Message> delivered, List<String> returned) {
        public int size() {
            return delivered.size();
        }
    }

    /** One poll of the queue handed to the function (an empty round when nothing is visible). */
    public Round deliverOnce() {
        List<Message> received = sqs.client().receiveMessage(b -> b.queueUrl(sqs.queueUrl()).maxNumberOfMessages(10)
                .visibilityTimeout(60).waitTimeSeconds(0)).messages();
        if (received.isEmpty()) {
            return new Round(List.of(), List.of());
        }
        JsonNode response = invoke(Events.sqs(received.stream()
                .map(m -> new String[] {m.messageId(), m.body()}).toList()));
        List<String> returned = response.get("batchItemFailures").findValuesAsText("itemIdentifier");
        for (Message message : received) {
            if (returned.contains(message.messageId())) {
                sqs.client().changeMessageVisibility(b -> b.queueUrl(sqs.queueUrl())
                        .receiptHandle(message.receiptHandle()).visibilityTimeout(0));
            } else {
                sqs.client().deleteMessage(b -> b.queueUrl(sqs.queueUrl()).receiptHandle(message.receiptHandle()));
            }
        }
        return new Round(received, returned);
    }

    /** Delivers until a poll finds nothing; returns the number of rounds that delivered something. */
    public int deliverUntilEmpty(int maxRounds) {
        for (int round = 0; round < maxRounds; round++) {
            if (deliverOnce().size() == 0) {
                return round;
            }
        }
        throw new IllegalStateException("the queue still held messages after " + maxRounds + " rounds");
    }

    public void send(String body) {
        sqs.client().sendMessage(b -> b.queueUrl(sqs.queueUrl()).messageBody(body));
    }

    /** Posts one event to the function through the mock Lambda event server and returns its answer. */
    public static JsonNode invoke(String event) {
        try {
            return JSON.readTree(given().contentType(ContentType.JSON).body(event)
                    .when().post().then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
