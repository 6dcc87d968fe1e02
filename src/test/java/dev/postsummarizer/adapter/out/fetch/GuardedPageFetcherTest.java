package dev.postsummarizer.adapter.out.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.port.PageFetcher.FetchedPage;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against WireMock: statuses, media types, encodings, redirects that are allowed. */
class GuardedPageFetcherTest {

    private static FetchFixture fixture;
    private static GuardedPageFetcher fetcher;

    @BeforeAll
    static void start() {
        fixture = new FetchFixture();
        fetcher = fixture.fetcher();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void reset() {
        fixture.wireMock.resetAll();
    }

    @Test
    void fetchesAnHtmlPageAndSendsOurHeaders() {
        stub("/post", 200, "text/html; charset=utf-8", "<html><body><p>Grüße</p></body></html>");

        FetchedPage page = fetcher.fetch(PostUrl.parse(fixture.url("/post?b=2&a=1#frag")));

        assertEquals(fixture.url("/post?b=2&a=1"), page.finalUrl(), "query kept as sent, fragment dropped");
        assertTrue(page.html().contains("Grüße"));
        assertEquals("text/html", page.contentType());
        assertEquals("UTF-8", page.charset());
        fixture.wireMock.verify(getRequestedFor(urlPathEqualTo("/post"))
                .withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.containing("post-summarizer"))
                .withHeader("Accept-Encoding", com.github.tomakehurst.wiremock.client.WireMock.containing("gzip")));
    }

    @Test
    void decodesGzip() throws Exception {
        byte[] html = "<html><body><p>compressed text</p></body></html>".getBytes(StandardCharsets.UTF_8);
        fixture.wireMock.stubFor(get(urlPathEqualTo("/gz")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withHeader("Content-Encoding", "gzip").withBody(gzip(html))));

        assertTrue(fetcher.fetch(PostUrl.parse(fixture.url("/gz"))).html().contains("compressed text"));
    }

    @Test
    void followsRedirectsWithinTheLimit() {
        for (int i = 1; i <= 5; i++) {
            fixture.wireMock.stubFor(get(urlPathEqualTo("/hop" + i)).willReturn(aResponse()
                    .withStatus(i % 2 == 0 ? 301 : 307).withHeader("Location", i == 5 ? "/final" : "/hop" + (i + 1))));
        }
        stub("/final", 200, "text/html", "<html><body>arrived</body></html>");

        FetchedPage page = fetcher.fetch(PostUrl.parse(fixture.url("/hop1")));

        assertEquals(fixture.url("/final"), page.finalUrl());
    }

    @Test
    void followsRelativeAndUnencodedLocations() {
        // a UTF-8 server writes the bytes of "café"; header bytes travel as Latin-1 chars
        String rawUtf8 = new String("../new/caf\u00e9 page?x=1 2".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        fixture.wireMock.stubFor(get(urlPathEqualTo("/old/page")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", rawUtf8)));
        stub("/new/caf%C3%A9%20page", 200, "text/html", "<html><body>moved</body></html>");

        FetchedPage page = fetcher.fetch(PostUrl.parse(fixture.url("/old/page")));

        assertEquals(fixture.url("/new/caf%C3%A9%20page?x=1%202"), page.finalUrl());
    }

    @Test
    void theTotalBudgetCoversAllHops() {
        GuardedPageFetcher impatient = fixture.fetcher(fixture.testSettings().withTimeouts(
                java.time.Duration.ofSeconds(1), java.time.Duration.ofMillis(1500)), host -> {
                    throw new java.net.UnknownHostException(host);
                });
        for (int i = 1; i <= 4; i++) {
            fixture.wireMock.stubFor(get(urlPathEqualTo("/slow" + i)).willReturn(aResponse().withStatus(302)
                    .withFixedDelay(600).withHeader("Location", "/slow" + (i + 1))));
        }

        ProcessingFailure failure = FetchFixture.failureOf(impatient, fixture.url("/slow1"));

        assertEquals(FailureKind.TIMEOUT, failure.kind(), failure.getMessage());
        assertTrue(failure.retryable());
        assertTrue(fixture.wireMock.getAllServeEvents().size() < 4, "no hop starts after the budget is spent");
    }

    @Test
    void mapsStatusesToFailureKinds() {
        assertKind(404, FailureKind.NOT_FOUND, "404");
        assertKind(410, FailureKind.NOT_FOUND, "410");
        assertKind(403, FailureKind.HTTP_ERROR, "403");
        assertKind(429, FailureKind.RATE_LIMITED, "429");
        assertKind(500, FailureKind.UPSTREAM_UNAVAILABLE, "500");
        assertKind(503, FailureKind.UPSTREAM_UNAVAILABLE, "503");
    }

    @Test
    void refusesOtherMediaTypesWithoutReadingTheBody() {
        stub("/report.pdf", 200, "application/pdf", "%PDF-1.7");

        ProcessingFailure failure = FetchFixture.failureOf(fetcher, fixture.url("/report.pdf"));

        assertEquals(FailureKind.NOT_HTML, failure.kind());
        assertFalse(failure.retryable());
        assertTrue(failure.getMessage().contains("application/pdf"), failure.getMessage());
    }

    @Test
    void acceptsXhtml() {
        stub("/x", 200, "application/xhtml+xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>");

        assertEquals("application/xhtml+xml", fetcher.fetch(PostUrl.parse(fixture.url("/x"))).contentType());
    }

    @Test
    void refusesABodyOverTheCapNamingMib() {
        String big = "<html><body><p>" + "word ".repeat(1_300_000) + "</p></body></html>";
        stub("/huge", 200, "text/html", big);

        ProcessingFailure failure = FetchFixture.failureOf(fetcher, fixture.url("/huge"));

        assertEquals(FailureKind.TOO_LARGE, failure.kind());
        assertTrue(failure.getMessage().contains("5 MiB"), failure.getMessage());
    }

    @Test
    void connectionRefusedIsRetryable() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        ProcessingFailure failure = FetchFixture.failureOf(fetcher, "http://127.0.0.1:" + closedPort + "/");

        assertEquals(FailureKind.UPSTREAM_UNAVAILABLE, failure.kind());
        assertTrue(failure.retryable());
    }

    private void assertKind(int status, FailureKind kind, String mention) {
        fixture.wireMock.stubFor(get(urlPathEqualTo("/status" + status)).willReturn(aResponse().withStatus(status)));
        ProcessingFailure failure = FetchFixture.failureOf(fetcher, fixture.url("/status" + status));
        assertEquals(kind, failure.kind(), failure.getMessage());
        assertEquals(kind.retryable(), failure.retryable());
        assertTrue(failure.getMessage().contains(mention), failure.getMessage());
    }

    private static void stub(String path, int status, String contentType, String body) {
        fixture.wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    static byte[] gzip(byte[] data) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
