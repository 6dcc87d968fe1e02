package dev.postsummarizer.adapter.out.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.application.port.SummaryQueue;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.RetryableFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** {@link SummaryQueue} on SQS: one {@code {"url": …}} message per URL, sent ten to a batch (the SQS limit). */
@ApplicationScoped
public class SqsSummaryQueue implements SummaryQueue {

    static final int BATCH_SIZE = 10;

    private final SqsClient sqs;
    private final SummaryQueueConfig config;
    private final ObjectMapper json = new ObjectMapper();

    public SqsSummaryQueue(SqsClient sqs, SummaryQueueConfig config) {
        this.sqs = sqs;
        this.config = config;
    }

    @Override
    public void enqueue(List<String> urls) {
        for (int start = 0; start < urls.size(); start += BATCH_SIZE) {
            List<String> batch = urls.subList(start, Math.min(urls.size(), start + BATCH_SIZE));
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(body(batch.get(i)))
                        .build());
            }
            send(entries);
        }
    }

    /** Sends one batch, resending once the entries SQS refused (throttling leaves some behind). */
    private void send(List<SendMessageBatchRequestEntry> entries) {
        List<SendMessageBatchRequestEntry> pending = entries;
        for (int attempt = 1; attempt <= 2 && !pending.isEmpty(); attempt++) {
            List<SendMessageBatchRequestEntry> toSend = pending;
            SendMessageBatchResponse response;
            String queueUrl = config.url().orElseThrow(() -> new IllegalStateException(
                    "summary-queue.url (SUMMARY_QUEUE_URL) is not set"));
            try {
                response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(toSend));
            } catch (SdkException e) {
                throw new RetryableFailure(FailureKind.UPSTREAM_UNAVAILABLE, "the queue refused messages: " + e.getMessage(), e);
            }
            List<String> failedIds = response.failed().stream().map(f -> f.id()).toList();
            pending = toSend.stream().filter(e -> failedIds.contains(e.id())).toList();
        }
        if (!pending.isEmpty()) {
            throw new RetryableFailure(FailureKind.UPSTREAM_UNAVAILABLE,
                    pending.size() + " messages were not accepted by the queue");
        }
    }

    private String body(String url) {
        try {
            return json.writeValueAsString(Map.of("url", url));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a URL string is always writable as JSON", e);
        }
    }
}
