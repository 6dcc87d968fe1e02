package dev.postsummarizer.adapter.in.lambda.sqs;

import java.util.List;

/** The partial batch response ({@code ReportBatchItemFailures}): only the listed messages return to the queue. */
public record SqsBatchResponse(List<ItemFailure> batchItemFailures) {

    public record ItemFailure(String itemIdentifier) {
    }

    public static SqsBatchResponse retry(List<String> messageIds) {
        return new SqsBatchResponse(messageIds.stream().map(ItemFailure::new).toList());
    }
}
