package dev.postsummarizer.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts ElasticMQ for a Quarkus test run and points the SQS client and the summary queue at it. */
public class ElasticMqResource implements QuarkusTestResourceLifecycleManager {

    private static volatile ElasticMq server;

    @Override
    public Map<String, String> start() {
        server = ElasticMq.start();
        return Map.of(
                "quarkus.sqs.endpoint-override", server.endpoint(),
                "summary-queue.url", server.queueUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The running server, for tests that read or feed the queue behind the application's back. */
    public static ElasticMq server() {
        return server;
    }
}
