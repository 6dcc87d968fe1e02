package dev.postsummarizer.adapter.out.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SSRF suite: each URL below must be refused with a reason that names the problem, before any
 * connection. WireMock listens on 127.0.0.1 and answers everything with 200, and its port is in the
 * allow list, so any case that slipped through would show up as a request it received.
 *
 * <p>Direct cases run with {@code allow-loopback=false} (production). Redirect cases start at WireMock
 * (the "public" host, allowed with {@code allow-loopback=true}) and point at a forbidden target.
 */
class SsrfSuiteTest {

    static FetchFixture fixture;
    static int port;
    static TestResolver resolver;
    static GuardedPageFetcher strict;
    static SsrfGuard strictGuard;
    static GuardedPageFetcher loopbackAllowed;

    @BeforeAll
    static void start() {
        fixture = new FetchFixture();
        port = fixture.port();
        resolver = new TestResolver()
                .answer("private.example", "10.1.2.3")
                .answer("mixed.example", "93.184.216.34", "192.168.1.20")
                .answer("loopback.example", "127.0.0.1")
                .answer("metadata.example", "169.254.169.254")
                .answer("v6metadata.example", "fd00:ec2::254")
                .answer("nat64.example", "64:ff9b::a9fe:a9fe")
                .answer("cgnat.example", "100.100.100.200")
                .answer("xn--bcher-kva.example", "10.0.0.9");
        FetchSettings production = FetchSettings.defaults().withAllowedPorts(fixture.portsWithWireMock());
        strict = fixture.fetcher(production, resolver);
        strictGuard = new SsrfGuard(production, resolver);
        loopbackAllowed = fixture.fetcher(production.withAllowLoopback(true), resolver);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void everythingAnswers() {
        fixture.wireMock.resetAll();
        fixture.wireMock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>secret</body></html>")));
    }

    static List<Arguments> directCases() {
        String p = ":" + port;
        List<Arguments> cases = new ArrayList<>();
        // loopback in every spelling
        add(cases, "http://127.0.0.1" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "loopback");
        add(cases, "http://127.1" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "means 127.0.0.1");
        add(cases, "http://0x7f.1" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "means 127.0.0.1");
        add(cases, "http://2130706433" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "means 127.0.0.1");
        add(cases, "http://017700000001" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "means 127.0.0.1");
        add(cases, "http://0x7f000001" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "means 127.0.0.1");
        add(cases, "http://0177.0.0.1" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "means 127.0.0.1");
        add(cases, "http://127.000.000.001" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "means 127.0.0.1");
        add(cases, "http://127.0.0.1." + p + "/", FailureKind.FORBIDDEN_ADDRESS, "loopback");
        add(cases, "http://127.255.255.254" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "loopback");
        add(cases, "http://[::1]" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "IPv6 loopback");
        add(cases, "http://[0:0:0:0:0:0:0:1]" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "IPv6 loopback");
        add(cases, "http://[::ffff:127.0.0.1]" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "loopback");
        add(cases, "http://[0:0:0:0:0:ffff:7f00:1]" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "loopback");
        add(cases, "http://[::127.0.0.1]" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "carrying an IPv4 loopback");
        add(cases, "http://[2002:7f00:1::]" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "carrying an IPv4 loopback");
        add(cases, "http://localhost" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "names this machine");
        add(cases, "http://localhost." + p + "/", FailureKind.FORBIDDEN_ADDRESS, "names this machine");
        add(cases, "http://LOCALHOST" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "names this machine");
        add(cases, "http://api.localhost" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "names this machine");
        add(cases, "http://loopback.example" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "resolves to 127.0.0.1");
        // IDN and look-alikes fold to what they mean
        add(cases, "http://\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3" + p + "/",
                FailureKind.FORBIDDEN_ADDRESS, "names this machine");
        add(cases, "http://\uff11\uff12\uff17.\uff10.\uff10.\uff11" + p + "/", FailureKind.FORBIDDEN_ADDRESS,
                "means 127.0.0.1");
        add(cases, "http://xn--bcher-kva.example/", FailureKind.FORBIDDEN_ADDRESS, "resolves to 10.0.0.9");
        add(cases, "http://b\u00fccher.example/", FailureKind.FORBIDDEN_ADDRESS, "resolves to 10.0.0.9");
        // unspecified
        add(cases, "http://0.0.0.0" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "unspecified");
        add(cases, "http://0" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "unspecified");
        add(cases, "http://[::]" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "unspecified IPv6");
        // private ranges, and a name resolving into one
        add(cases, "http://10.0.0.7/admin", FailureKind.FORBIDDEN_ADDRESS, "10.0.0.7");
        add(cases, "http://172.16.5.4/", FailureKind.FORBIDDEN_ADDRESS, "private network address (172.16.0.0/12)");
        add(cases, "http://172.31.255.255/", FailureKind.FORBIDDEN_ADDRESS, "172.16.0.0/12");
        add(cases, "http://192.168.1.1/", FailureKind.FORBIDDEN_ADDRESS, "192.168.0.0/16");
        add(cases, "http://private.example/", FailureKind.FORBIDDEN_ADDRESS, "resolves to 10.1.2.3");
        add(cases, "http://mixed.example/", FailureKind.FORBIDDEN_ADDRESS, "resolves to 192.168.1.20");
        // link-local and the metadata endpoints
        add(cases, "http://169.254.169.254/latest/meta-data/", FailureKind.FORBIDDEN_ADDRESS, "169.254.169.254");
        add(cases, "http://169.254.170.2/v2/credentials", FailureKind.FORBIDDEN_ADDRESS, "link-local");
        add(cases, "http://[fd00:ec2::254]/latest/meta-data/", FailureKind.FORBIDDEN_ADDRESS, "fd00:ec2::254");
        add(cases, "http://[fe80::1]/", FailureKind.FORBIDDEN_ADDRESS, "IPv6 link-local");
        add(cases, "http://[::ffff:169.254.169.254]/", FailureKind.FORBIDDEN_ADDRESS, "link-local");
        add(cases, "http://[64:ff9b::a9fe:a9fe]/", FailureKind.FORBIDDEN_ADDRESS, "carrying an IPv4 link-local");
        add(cases, "http://metadata.google.internal/computeMetadata/v1/", FailureKind.FORBIDDEN_ADDRESS,
                "metadata");
        add(cases, "http://metadata.google.internal./", FailureKind.FORBIDDEN_ADDRESS, "metadata");
        add(cases, "http://metadata.example/", FailureKind.FORBIDDEN_ADDRESS, "resolves to 169.254.169.254");
        add(cases, "http://v6metadata.example/", FailureKind.FORBIDDEN_ADDRESS, "resolves to fd00:ec2:0:0:0:0:0:254");
        add(cases, "http://nat64.example/", FailureKind.FORBIDDEN_ADDRESS, "carrying an IPv4 link-local");
        add(cases, "http://[fe80::1%25eth0]/", FailureKind.FORBIDDEN_ADDRESS, "zone");
        // CGNAT, multicast, broadcast, reserved
        add(cases, "http://100.64.0.1/", FailureKind.FORBIDDEN_ADDRESS, "carrier-grade NAT");
        add(cases, "http://cgnat.example/", FailureKind.FORBIDDEN_ADDRESS, "carrier-grade NAT");
        add(cases, "http://224.0.0.1/", FailureKind.FORBIDDEN_ADDRESS, "multicast");
        add(cases, "http://239.255.255.250/", FailureKind.FORBIDDEN_ADDRESS, "multicast");
        add(cases, "http://[ff02::1]/", FailureKind.FORBIDDEN_ADDRESS, "IPv6 multicast");
        add(cases, "http://255.255.255.255/", FailureKind.FORBIDDEN_ADDRESS, "broadcast");
        add(cases, "http://1.2.3.4.5/", FailureKind.FORBIDDEN_ADDRESS, "not a valid one");
        add(cases, "http://256.0.0.1/", FailureKind.FORBIDDEN_ADDRESS, "not a valid one");
        // schemes
        add(cases, "file:///etc/passwd", FailureKind.INVALID_URL, "http or https");
        add(cases, "gopher://127.0.0.1" + p + "/_GET%20/", FailureKind.INVALID_URL, "'gopher'");
        add(cases, "ftp://127.0.0.1" + p + "/", FailureKind.INVALID_URL, "'ftp'");
        add(cases, "jar:http://127.0.0.1" + p + "/x.jar!/", FailureKind.INVALID_URL, "'jar'");
        add(cases, "dict://127.0.0.1" + p + "/info", FailureKind.INVALID_URL, "'dict'");
        add(cases, "//127.0.0.1" + p + "/", FailureKind.INVALID_URL, "http or https");
        // user info tricks
        add(cases, "http://example.com@127.0.0.1" + p + "/", FailureKind.INVALID_URL, "user info");
        add(cases, "http://127.0.0.1" + p + "@example.com/", FailureKind.INVALID_URL, "user info");
        add(cases, "http://user:pass@example.com/", FailureKind.INVALID_URL, "user info");
        add(cases, "http://example.com%40127.0.0.1" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "percent-encoded");
        add(cases, "http://%31%32%37.0.0.1" + p + "/", FailureKind.FORBIDDEN_ADDRESS, "percent-encoded");
        // over-long URLs, ports, local names
        add(cases, "http://example.com/" + "a".repeat(2100), FailureKind.INVALID_URL, "longer than 2048");
        add(cases, "http://example.com:8080/", FailureKind.FORBIDDEN_ADDRESS, "port 8080 is not allowed");
        add(cases, "http://example.com:22/", FailureKind.FORBIDDEN_ADDRESS, "port 22 is not allowed");
        add(cases, "https://example.com:6379/", FailureKind.FORBIDDEN_ADDRESS, "port 6379 is not allowed");
        add(cases, "http://intranet/", FailureKind.FORBIDDEN_ADDRESS, "single-label");
        add(cases, "http://printer.local/", FailureKind.FORBIDDEN_ADDRESS, "'.local'");
        add(cases, "http://instance-data/latest/", FailureKind.FORBIDDEN_ADDRESS, "metadata");
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directCases")
    void directUrlIsRefusedBeforeAnyConnection(String url, FailureKind kind, String reason) {
        ProcessingFailure viaFetcher = refusal(strict, url);
        assertRefusedFor(viaFetcher, kind, reason);
        // the guard alone holds too (PostUrl.parse already refuses some of these; the guard must not rely on it)
        ProcessingFailure viaGuard = assertThrows(ProcessingFailure.class, () -> strictGuard.check(url));
        assertRefusedFor(viaGuard, kind, reason);
        assertNothingReachedTheServer();
    }

    static Stream<Arguments> loopbackSpellingsWhenLoopbackIsAllowed() {
        String p = ":" + port;
        return Stream.of("http://127.1" + p + "/", "http://0x7f.1" + p + "/", "http://2130706433" + p + "/",
                "http://017700000001" + p + "/", "http://[::1]" + p + "/", "http://[::ffff:127.0.0.1]" + p + "/",
                "http://localhost" + p + "/", "http://localhost." + p + "/", "http://loopback.example" + p + "/",
                "http://127.0.0.2" + p + "/").map(Arguments::of);
    }

    /** {@code allow-loopback} lets the literal 127.0.0.1 through, and nothing else that means loopback. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("loopbackSpellingsWhenLoopbackIsAllowed")
    void onlyTheLiteralIsAllowedWhenLoopbackIsAllowed(String url) {
        ProcessingFailure failure = refusal(loopbackAllowed, url);
        assertEquals(FailureKind.FORBIDDEN_ADDRESS, failure.kind(), failure.getMessage());
        assertNothingReachedTheServer();
    }

    static Stream<Arguments> redirectTargets() {
        String p = ":" + port;
        return Stream.of(
                Arguments.of(301, "http://10.0.0.7/", "10.0.0.7"),
                Arguments.of(302, "http://169.254.169.254/latest/meta-data/iam/", "169.254.169.254"),
                Arguments.of(303, "http://[::1]" + p + "/secret", "IPv6 loopback"),
                Arguments.of(307, "http://127.1" + p + "/secret", "means 127.0.0.1"),
                Arguments.of(308, "http://localhost" + p + "/secret", "names this machine"),
                Arguments.of(301, "http://0x7f.1" + p + "/secret", "means 127.0.0.1"),
                Arguments.of(302, "http://private.example" + p + "/", "resolves to 10.1.2.3"),
                Arguments.of(307, "http://metadata.google.internal/computeMetadata/v1/", "metadata"),
                Arguments.of(308, "http://[fd00:ec2::254]/latest/meta-data/", "unique local"),
                Arguments.of(301, "file:///etc/passwd", "http or https"),
                Arguments.of(302, "gopher://127.0.0.1" + p + "/_x", "'gopher'"),
                Arguments.of(307, "http://evil.example@127.0.0.1" + p + "/secret", "user info"),
                Arguments.of(308, "http://example.com:6379/", "port 6379"));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("redirectTargets")
    void redirectToAForbiddenTargetIsRefusedBeforeFollowing(int status, String location, String reason) {
        fixture.wireMock.stubFor(get(urlPathEqualTo("/start")).willReturn(aResponse().withStatus(status)
                .withHeader("Location", location)));

        ProcessingFailure failure = refusal(loopbackAllowed, fixture.url("/start"));

        assertRefusedFor(failure, FailureKind.FORBIDDEN_ADDRESS, reason);
        assertTrue(failure.getMessage().contains("redirect 1"), failure.getMessage());
        assertEquals(1, fixture.wireMock.getAllServeEvents().size(), "only the first hop may reach the server");
    }

    @org.junit.jupiter.api.Test
    void redirectLoopIsDetected() {
        redirect("/loop-a", "/loop-b");
        redirect("/loop-b", "/loop-a");

        ProcessingFailure failure = refusal(loopbackAllowed, fixture.url("/loop-a"));

        assertRefusedFor(failure, FailureKind.TOO_MANY_REDIRECTS, "loop");
        assertEquals(2, fixture.wireMock.getAllServeEvents().size());
    }

    @org.junit.jupiter.api.Test
    void redirectToItselfIsALoop() {
        redirect("/self", fixture.url("/self#again"));

        assertRefusedFor(refusal(loopbackAllowed, fixture.url("/self")), FailureKind.TOO_MANY_REDIRECTS, "loop");
    }

    @org.junit.jupiter.api.Test
    void moreThanFiveRedirectsAreRefused() {
        for (int i = 1; i <= 7; i++) {
            redirect("/chain" + i, "/chain" + (i + 1));
        }

        ProcessingFailure failure = refusal(loopbackAllowed, fixture.url("/chain1"));

        assertRefusedFor(failure, FailureKind.TOO_MANY_REDIRECTS, "more than 5 redirects");
        assertEquals(6, fixture.wireMock.getAllServeEvents().size(), "the start and 5 followed redirects");
    }

    private static void redirect(String from, String to) {
        fixture.wireMock.stubFor(get(urlPathEqualTo(from)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", to)));
    }

    private static ProcessingFailure refusal(GuardedPageFetcher fetcher, String url) {
        return assertThrows(ProcessingFailure.class, () -> fetcher.fetch(PostUrl.parse(url)),
                "expected " + url + " to be refused");
    }

    private static void assertRefusedFor(ProcessingFailure failure, FailureKind kind, String reason) {
        assertEquals(kind, failure.kind(), failure.getMessage());
        assertFalse(failure.retryable(), "a refusal is permanent: " + failure.getMessage());
        assertTrue(failure.getMessage().toLowerCase(Locale.ROOT).contains(reason.toLowerCase(Locale.ROOT)),
                "reason should mention '" + reason + "': " + failure.getMessage());
    }

    private static void assertNothingReachedTheServer() {
        assertEquals(0, fixture.wireMock.getAllServeEvents().size(), "no request may reach the server");
    }

    private static void add(List<Arguments> cases, String url, FailureKind kind, String reason) {
        cases.add(Arguments.of(url, kind, reason));
    }
}
