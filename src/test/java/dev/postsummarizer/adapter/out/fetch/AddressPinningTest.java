package dev.postsummarizer.adapter.out.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: the address the guard checked is the address we connect to. Proven in two halves: the
 * guard looks a name up once and hands on exactly the answer it checked; the client connects to the address
 * it is handed and uses the name only for the Host header (the name below does not resolve anywhere, so a
 * client that looked it up again would fail).
 */
class AddressPinningTest {

    private static FetchFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new FetchFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void guardLooksUpOnceAndPinsTheAddressItChecked() {
        AtomicInteger lookups = new AtomicInteger();
        // a rebinding name: public on the first answer, loopback on every later one
        HostResolver rebinding = host -> List.of(TestResolver.literal(
                lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1"));
        SsrfGuard guard = new SsrfGuard(FetchSettings.defaults(), rebinding);

        GuardedTarget target = guard.check("http://rebind.example/post");

        assertEquals(1, lookups.get(), "one lookup per hop");
        assertEquals("93.184.216.34", target.address().getHostAddress());
        assertEquals("rebind.example", target.host());
    }

    @Test
    void clientConnectsToThePinnedAddressNotToTheName() {
        fixture.wireMock.stubFor(get(urlPathEqualTo("/pinned")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>ok</body></html>")));
        FetchSettings settings = fixture.testSettings();
        InetAddress loopback = TestResolver.literal("127.0.0.1");
        GuardedTarget target = new GuardedTarget("http://rebind.example:" + fixture.port() + "/pinned", false,
                "rebind.example", fixture.port(), "/pinned", loopback);

        try (PinnedHttpClient client = new PinnedHttpClient(fixture.vertx, settings)) {
            PinnedHttpClient.RawResponse response = client.get(target, Instant.now().plus(settings.totalTimeout()),
                    head -> true);
            assertEquals(200, response.head().status());
        }

        fixture.wireMock.verify(getRequestedFor(urlPathEqualTo("/pinned"))
                .withHeader("Host", equalTo("rebind.example:" + fixture.port())));
    }
}
