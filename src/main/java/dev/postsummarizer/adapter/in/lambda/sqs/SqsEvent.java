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
    public record Message(String messageId, String body) {
    }
}
