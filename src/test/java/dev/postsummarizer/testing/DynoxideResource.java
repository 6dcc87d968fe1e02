package dev.postsummarizer.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts dynoxide for a Quarkus test run and points the DynamoDB client at it. Tests reach the server with
 * their own SDK client through {@link #endpoint()}, to read items behind the application's back.
 */
public class DynoxideResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String endpoint;
    private LocalServerProcess server;

    @Override
    public Map<String, String> start() {
        server = Dynoxide.start();
        endpoint = server.url();
        return Map.of("quarkus.dynamodb.endpoint-override", endpoint);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    public static String endpoint() {
        return endpoint;
    }
}
