package dev.postsummarizer.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts S3Proxy for a Quarkus test run and points the S3 client at it. */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    private static volatile S3ProxyServer server;

    @Override
    public Map<String, String> start() {
        server = S3ProxyServer.start();
        return Map.of("quarkus.s3.endpoint-override", server.endpoint());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    public static String endpoint() {
        return server.endpoint();
    }
}
