package dev.postsummarizer.adapter.out.fetch;

import static dev.postsummarizer.testing.HostileResponses.chunked;
import static dev.postsummarizer.testing.HostileResponses.deflateBomb;
import static dev.postsummarizer.testing.HostileResponses.dribbleBody;
import static dev.postsummarizer.testing.HostileResponses.dribbleHead;
import static dev.postsummarizer.testing.HostileResponses.fixed;
import static dev.postsummarizer.testing.HostileResponses.gzipBomb;
import static dev.postsummarizer.testing.HostileResponses.head;
import static dev.postsummarizer.testing.HostileResponses.stream;
import static dev.postsummarizer.testing.HostileResponses.utf16leWithBom;
import static dev.postsummarizer.testing.HostileServer.ascii;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.postsummarizer.application.port.PageFetcher.FetchedPage;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.testing.HostileServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken pages: each must end as a clear failure of the expected kind or as a correct page,
 * within the total timeout (2 s for the cases that test it), without reading more than the cap.
 */
class HostilePagesTest {

    private static final long MIB = FetchSettings.MIB;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, (byte) 0xa8, 0x66};

    private static FetchFixture fixture;
    private static HostileServer server;
    /** For cases that must end by the total timeout: a short budget keeps the build fast. */
    private static GuardedPageFetcher impatient;
    /** For every other case: the production budget, so a busy build machine cannot turn them into timeouts. */
    private static GuardedPageFetcher patient;

    /** What a case must end as: a failure of a kind whose message says something, or a page that passes a check. */
    record Expect(FailureKind kind, String mention, Predicate<FetchedPage> page, String pageCheck) {
        static Expect failure(FailureKind kind, String mention) {
            return new Expect(kind, mention, null, null);
        }

        static Expect page(String check, Predicate<FetchedPage> predicate) {
            return new Expect(null, null, predicate, check);
        }
    }

    record Case(String path, HostileServer.Behaviour behaviour, Expect expect, long maxBytesSent) {
        @Override
        public String toString() {
            return path;
        }
    }

    @BeforeAll
    static void start() throws IOException {
        fixture = new FetchFixture();
        server = new HostileServer();
        for (Case c : cases()) {
            server.on(c.path(), c.behaviour());
        }
        HostResolver noNames = host -> {
            throw new java.net.UnknownHostException(host);
        };
        impatient = fixture.fetcher(fixture.testSettings().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)),
                noNames);
        patient = fixture.fetcher(fixture.testSettings(), noNames);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        fixture.close();
    }

    static List<Case> cases() {
        String html = "text/html";
        return List.of(
                // size: the cap holds whether or not the server declares the length
                new Case("/50mib-declared", stream(head(200, html, "Content-Length: " + 50 * MIB), 50 * MIB),
                        Expect.failure(FailureKind.TOO_LARGE, "5 MiB"), 20 * MIB),
                new Case("/50mib-until-close", stream(head(200, html, "Connection: close"), 50 * MIB),
                        Expect.failure(FailureKind.TOO_LARGE, "5 MiB"), 20 * MIB),
                new Case("/50mib-chunked", chunked(50 * MIB, 0), Expect.failure(FailureKind.TOO_LARGE, "MiB"), 20 * MIB),
                new Case("/endless-chunked", chunked(Long.MAX_VALUE, 0), Expect.failure(FailureKind.TOO_LARGE, "MiB"),
                        20 * MIB),
                // time: the total timeout holds however slowly the server talks
                new Case("/endless-slow-chunks", chunked(Long.MAX_VALUE, 100), Expect.failure(FailureKind.TIMEOUT,
                        "total timeout"), MIB),
                new Case("/one-byte-per-second", dribbleBody(), Expect.failure(FailureKind.TIMEOUT, "total timeout"), MIB),
                new Case("/status-line-dribble", dribbleHead(), Expect.failure(FailureKind.TIMEOUT, "timeout"), MIB),
                new Case("/never-answers", out -> Thread.sleep(30_000), Expect.failure(FailureKind.TIMEOUT, "timeout"),
                        0),
                // compression bombs: stopped at the cap on the decompressed bytes
                new Case("/gzip-bomb", fixed(head(200, html, "Content-Encoding: gzip"), gzipBomb()),
                        Expect.failure(FailureKind.TOO_LARGE, "decompresses to more than 5 MiB"), 20 * MIB),
                new Case("/deflate-bomb", fixed(head(200, html, "Content-Encoding: deflate"), deflateBomb()),
                        Expect.failure(FailureKind.TOO_LARGE, "decompresses to more than 5 MiB"), 20 * MIB),
                new Case("/corrupt-gzip", fixed(head(200, html, "Content-Encoding: gzip"), ascii("not gzip at all")),
                        Expect.failure(FailureKind.HTTP_ERROR, "corrupt gzip"), MIB),
                new Case("/brotli", fixed(head(200, html, "Content-Encoding: br"), ascii("\u000b\u0002\u0080")),
                        Expect.failure(FailureKind.HTTP_ERROR, "unsupported Content-Encoding 'br'"), MIB),
                // charsets: wrong, missing, unknown, BOM
                new Case("/wrong-charset", fixed(head(200, "text/html; charset=utf-8"),
                        "<html><body><p>caf\u00e9 cr\u00e8me</p></body></html>".getBytes(StandardCharsets.ISO_8859_1)),
                        Expect.page("undecodable bytes become U+FFFD", p -> p.html().contains("caf\ufffd")), MIB),
                new Case("/missing-charset-meta", fixed(head(200, html), ("<html><head><meta charset=\"windows-1252\">"
                        + "</head><body><p>caf\u00e9</p></body></html>").getBytes(StandardCharsets.ISO_8859_1)),
                        Expect.page("<meta charset> decides", p -> p.html().contains("caf\u00e9")
                                && p.charset().equals("windows-1252")), MIB),
                new Case("/unknown-charset", fixed(head(200, "text/html; charset=klingon-8"), ("<html><head>"
                        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                        + "<body>na\u00efve</body></html>").getBytes(StandardCharsets.ISO_8859_1)),
                        Expect.page("unknown header charset skipped, <meta> used", p -> p.html().contains("na\u00efve")),
                        MIB),
                new Case("/no-charset-anywhere", fixed(head(200, html),
                        "<html><body><p>\u00fcber \u65e5\u672c</p></body></html>".getBytes(StandardCharsets.UTF_8)),
                        Expect.page("UTF-8 by default", p -> p.html().contains("\u00fcber \u65e5\u672c")
                                && p.charset().equals("UTF-8")), MIB),
                new Case("/bom-beats-header", fixed(head(200, "text/html; charset=iso-8859-1"), utf16leWithBom(
                        "<html><body><p>\u00e9t\u00e9 \u2014 \u65e5</p></body></html>")),
                        Expect.page("the BOM wins", p -> p.html().contains("\u00e9t\u00e9 \u2014 \u65e5")
                                && !p.html().startsWith("\ufeff")), MIB),
                // not HTML, whatever it says
                new Case("/png-as-html", fixed(head(200, html), PNG), Expect.failure(FailureKind.NOT_HTML, "binary"),
                        MIB),
                new Case("/png-no-type", fixed(head(200, null), PNG), Expect.failure(FailureKind.NOT_HTML, "binary"),
                        MIB),
                new Case("/plain-text", fixed(head(200, "text/plain"), ascii("just text")),
                        Expect.failure(FailureKind.NOT_HTML, "text/plain"), MIB),
                new Case("/json", fixed(head(200, "application/json"), ascii("{\"a\":1}")),
                        Expect.failure(FailureKind.NOT_HTML, "application/json"), MIB),
                // shapes that are legal but extreme: passed through intact for extraction to judge
                new Case("/one-megabyte-line", fixed(head(200, html), ascii("<html><body><p>"
                        + "word ".repeat(200_000) + "</p></body></html>")),
                        Expect.page("1 MB of one line intact", p -> p.html().length() > 1_000_000
                                && p.html().indexOf('\n') < 0), 2 * MIB),
                new Case("/nested-100k", fixed(head(200, html), ascii("<html><body>" + "<div>".repeat(100_000)
                        + "deep" + "</div>".repeat(100_000) + "</body></html>")),
                        Expect.page("100k nesting levels intact", p -> p.html().contains("deep")), 2 * MIB),
                new Case("/scripts-only", fixed(head(200, html), ascii("<html><head><script>var a=1;</script></head>"
                        + "<body><script>go()</script></body></html>")),
                        Expect.page("returned for extraction to refuse", p -> p.html().contains("go()")), MIB),
                new Case("/empty", fixed(head(200, html, "Content-Length: 0"), new byte[0]),
                        Expect.failure(FailureKind.EMPTY_TEXT, "empty body"), MIB),
                // broken transport
                new Case("/short-body", fixed(head(200, html, "Content-Length: 5000"), ascii("<html><body>cut")),
                        Expect.failure(FailureKind.UPSTREAM_UNAVAILABLE, "failed"), MIB),
                new Case("/not-http", fixed(new byte[0], ascii("SSH-2.0-OpenSSH_9.2\r\n")),
                        Expect.failure(FailureKind.UPSTREAM_UNAVAILABLE, "failed"), MIB),
                new Case("/huge-header", fixed(head(200, html, "X-Junk: " + "j".repeat(200_000)), ascii("<html>x</html>")),
                        Expect.failure(FailureKind.UPSTREAM_UNAVAILABLE, "failed"), MIB),
                new Case("/redirect-without-location", fixed(head(302, null, "Content-Length: 0"), new byte[0]),
                        Expect.failure(FailureKind.HTTP_ERROR, "without a Location"), MIB));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostilePageEndsCleanly(Case c) {
        Expect expect = c.expect();
        try {
            GuardedPageFetcher fetcher = expect.kind() == FailureKind.TIMEOUT ? impatient : patient;
            FetchedPage page = fetcher.fetch(PostUrl.parse(server.url(c.path())));
            if (expect.page() == null) {
                fail("expected " + expect.kind() + " but got a page of " + page.html().length() + " chars");
            }
            assertTrue(expect.page().test(page), c.path() + ": " + expect.pageCheck());
        } catch (ProcessingFailure failure) {
            if (expect.kind() == null) {
                fail("expected a page (" + expect.pageCheck() + ") but got " + failure.getMessage());
            }
            assertEquals(expect.kind(), failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().toLowerCase(Locale.ROOT).contains(expect.mention().toLowerCase(Locale.ROOT)),
                    "message should mention '" + expect.mention() + "': " + failure.getMessage());
        }
        assertTrue(server.bytesSent(c.path()) <= Math.max(c.maxBytesSent(), 1),
                "read no more than allowed: the server sent " + server.bytesSent(c.path()) + " bytes");
    }
}
