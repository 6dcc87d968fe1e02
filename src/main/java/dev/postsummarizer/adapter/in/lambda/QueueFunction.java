package dev.postsummarizer.adapter.in.lambda;

import dev.postsummarizer.adapter.in.lambda.sqs.MessageBody;
import dev.postsummarizer.adapter.in.lambda.sqs.SqsBatchResponse;
import dev.postsummarizer.adapter.in.lambda.sqs.SqsEvent;
import dev.postsummarizer.adapter.out.telemetry.InvocationContext;
import dev.postsummarizer.application.ProcessQueuedPosts;
import dev.postsummarizer.application.ProcessQueuedPosts.QueuedPost;
import io.quarkus.funqy.Funq;
import java.util.List;

/** SQS batch: summarizes the batch's URLs and reports the messages to retry ({@code ReportBatchItemFailures}). */
public class QueueFunction {

    private final ProcessQueuedPosts processQueuedPosts;

    public QueueFunction(ProcessQueuedPosts processQueuedPosts) {
        this.processQueuedPosts = processQueuedPosts;
    }

    @Funq("queue")
    public SqsBatchResponse queue(SqsEvent event) {
        List<QueuedPost> batch = event == null ? List.of() : event.records().stream()
                .map(message -> new QueuedPost(message.messageId(), MessageBody.url(message.body()),
                        message.receiveCount()))
                .toList();
        try (var invocation = InvocationContext.open("queue")) {
            return SqsBatchResponse.retry(processQueuedPosts.process(batch).retry());
        }
    }
}
