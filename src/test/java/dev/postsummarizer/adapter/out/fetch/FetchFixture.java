package dev.postsummarizer.adapter.out.fetch;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Assertions;

/**
 * A real fetcher on its own Vert.x instance plus a WireMock server on 127.0.0.1, for plain JUnit tests.
 * Close it after the test class.
 */
final class FetchFixture implements AutoCloseable {

    final Vertx vertx = Vertx.vertx();
    final WireMockServer wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    FetchFixture() {
        wireMock.start();
    }

    /** Loopback allowed (as in @QuarkusTests); the production timeouts (the machine may be busy). */
    FetchSettings testSettings() {
        return FetchSettings.defaults().withAllowLoopback(true);
    }

    GuardedPageFetcher fetcher(FetchSettings settings, HostResolver resolver) {
        return new GuardedPageFetcher(new SsrfGuard(settings, resolver), new PinnedHttpClient(vertx, settings),
                settings);
    }

    GuardedPageFetcher fetcher() {
        return fetcher(testSettings(), host -> {
            throw new java.net.UnknownHostException("test resolver knows no " + host);
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + wireMock.port() + path;
    }

    int port() {
        return wireMock.port();
    }

    Set<Integer> portsWithWireMock() {
        return Set.of(80, 443, wireMock.port());
    }

    static ProcessingFailure failureOf(GuardedPageFetcher fetcher, String url) {
        return Assertions.assertThrows(ProcessingFailure.class, () -> fetcher.fetch(PostUrl.parse(url)),
                "expected " + url + " to be refused");
    }

    @Override
    public void close() {
        wireMock.stop();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
