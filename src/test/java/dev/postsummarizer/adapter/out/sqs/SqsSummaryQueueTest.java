package dev.postsummarizer.adapter.out.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.RetryableFailure;
import dev.postsummarizer.testing.ElasticMq;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** The SQS adapter against ElasticMQ: every URL becomes one {"url"} message, whatever the batch split. */
class SqsSummaryQueueTest {

    private static ElasticMq sqs;

    @BeforeAll
    static void start() {
        sqs = ElasticMq.start();
    }

    @AfterAll
    static void stop() {
        sqs.close();
    }

    @Test
    void sendsEveryUrlAsOneMessageAcrossBatchesOfTen() {
        List<String> urls = IntStream.rangeClosed(1, 23).mapToObj(i -> "https://example.org/p" + i).toList();

        new SqsSummaryQueue(sqs.client(), config(Optional.of(sqs.queueUrl()))).enqueue(urls);

        List<String> bodies = sqs.drain(sqs.queueUrl()).stream().map(Message::body).sorted().toList();
        assertEquals(urls.stream().map(u -> "{\"url\":\"" + u + "\"}").sorted().toList(), bodies);
    }

    @Test
    void aQueueThatDoesNotExistIsARetryableFailure() {
        SqsSummaryQueue queue = new SqsSummaryQueue(sqs.client(),
                config(Optional.of(sqs.endpoint() + "/000000000000/no-such-queue")));

        RetryableFailure failure = assertThrows(RetryableFailure.class,
                () -> queue.enqueue(List.of("https://example.org/a")));

        assertEquals(FailureKind.UPSTREAM_UNAVAILABLE, failure.kind());
    }

    private static SummaryQueueConfig config(Optional<String> url) {
        return new SummaryQueueConfig() {
            @Override
            public Optional<String> url() {
                return url;
            }

            @Override
            public int concurrency() {
                return 1;
            }

            @Override
            public int maxReceives() {
                return 3;
            }
        };
    }
}
