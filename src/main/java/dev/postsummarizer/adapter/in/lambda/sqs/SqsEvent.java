package dev.postsummarizer.adapter.in.lambda.sqs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The fields we read from an SQS batch event. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SqsEvent(@JsonProperty("Records") List<Message> records) {

    public SqsEvent {
        records = records == null ? List.of() : List.copyOf(records);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String messageId, String body, Attributes attributes) {

        /** How many times SQS has handed this message out, this time included (1 when the event lacks it). */
        public int receiveCount() {
            if (attributes == null || attributes.approximateReceiveCount() == null) {
                return 1;
            }
            try {
                return Integer.parseInt(attributes.approximateReceiveCount().strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attributes(@JsonProperty("ApproximateReceiveCount") String approximateReceiveCount) {
    }
}
