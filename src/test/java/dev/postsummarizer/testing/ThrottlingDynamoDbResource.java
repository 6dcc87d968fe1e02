package dev.postsummarizer.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * dynoxide behind a WireMock proxy, with the application's DynamoDB client pointed at the proxy. The proxy
 * forwards every request unchanged (lowest priority stub) until a test adds stubs that answer some requests
 * with DynamoDB's throttling error instead ({@link DynamoDbThrottling}). Tests read the table directly from
 * dynoxide ({@link #dynoxideEndpoint()}), past the proxy.
 */
public class ThrottlingDynamoDbResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String dynoxideEndpoint;
    private static volatile WireMockServer proxy;
    private LocalServerProcess dynoxide;

    @Override
    public Map<String, String> start() {
        dynoxide = Dynoxide.start();
        dynoxideEndpoint = dynoxide.url();
        proxy = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        proxy.start();
        forwardEverything();
        return Map.of("quarkus.dynamodb.endpoint-override", "http://127.0.0.1:" + proxy.port());
    }

    /** Drops the test's throttling stubs and scenario states; every request is forwarded again. */
    public static void forwardEverything() {
        proxy.resetAll();
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(dynoxideEndpoint)));
    }

    public static WireMockServer proxy() {
        return proxy;
    }

    public static String dynoxideEndpoint() {
        return dynoxideEndpoint;
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.stop();
        }
        if (dynoxide != null) {
            dynoxide.close();
        }
    }
}
