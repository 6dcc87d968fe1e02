package dev.postsummarizer.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Hands ElasticMQ's messages to the {@code queue} function the way Lambda's event source mapping does with
 * {@code ReportBatchItemFailures}: a poll of up to ten messages becomes one SQS event (with each message's
 * {@code ApproximateReceiveCount}) posted to the mock Lambda event server; the messages the function lists in {@code batchItemFailures} are made visible again (so the
 * queue counts another receive and, past its limit, moves them to the dead-letter queue), the rest are deleted.
 */
public final class SqsDelivery {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** 60 s of empty polls (longer than any message stays in flight here) means something is stuck. */
    private static final int MAX_EMPTY_POLLS_IN_A_ROW = 600;

    private final ElasticMq sqs;
    private int emptyPollsWithMessagesLeft;

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
                .visibilityTimeout(60).waitTimeSeconds(0)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        if (received.isEmpty()) {
            return new Round(List.of(), List.of());
        }
        JsonNode response = invoke(Events.sqsReceived(received.stream()
                .map(m -> new String[] {m.messageId(), m.body(),
                        m.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)})
                .toList()));
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

    /**
     * Delivers until the queue holds no message, visible or in flight, as the event source mapping keeps polling
     * while there is work. A short poll can come back empty while messages remain (real SQS samples its hosts),
     * so, an empty poll alone does not end the run.
     *
     * @return the number of polls that delivered something
     */
    public int deliverUntilEmpty(int maxRounds) {
        int rounds = 0;
        int emptyInARow = 0;
        while (rounds < maxRounds && emptyInARow < MAX_EMPTY_POLLS_IN_A_ROW) {
            if (deliverOnce().size() > 0) {
                rounds++;
                emptyInARow = 0;
            } else if (messagesLeft() == 0) {
                return rounds;
            } else {
                emptyPollsWithMessagesLeft++;
                emptyInARow++;
                pause();
            }
        }
        throw new IllegalStateException("the queue still held messages after " + maxRounds + " rounds");
    }

    /** Polls that came back empty although the queue still held messages. */
    public int emptyPollsWithMessagesLeft() {
        return emptyPollsWithMessagesLeft;
    }

    /** Messages on the queue: visible, in flight and delayed. */
    public int messagesLeft() {
        Map<QueueAttributeName, String> attributes = sqs.client().getQueueAttributes(b -> b.queueUrl(sqs.queueUrl())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
        return attributes.values().stream().mapToInt(Integer::parseInt).sum();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
