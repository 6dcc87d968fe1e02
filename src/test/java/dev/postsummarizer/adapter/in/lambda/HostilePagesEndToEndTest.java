package dev.postsummarizer.adapter.in.lambda;

import static dev.postsummarizer.testing.HostileResponses.chunked;
import static dev.postsummarizer.testing.HostileResponses.dribbleBody;
import static dev.postsummarizer.testing.HostileResponses.fixed;
import static dev.postsummarizer.testing.HostileResponses.gzipBomb;
import static dev.postsummarizer.testing.HostileResponses.head;
import static dev.postsummarizer.testing.HostileResponses.stream;
import static dev.postsummarizer.testing.HostileServer.ascii;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.testing.DynoxideResource;
import dev.postsummarizer.testing.HostileServer;
import dev.postsummarizer.testing.TableItems;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile pages through the whole `summarize` function (real fetcher, extractor, offline summarizer,
 * dynoxide): each ends as an error naming its failure kind with nothing stored, or as a stored summary.
 * A short total fetch budget (3 s) keeps the slow-server case quick.
 */
@QuarkusTest
@TestProfile(HostilePagesEndToEndTest.ShortFetchBudget.class)
@WithTestResource(DynoxideResource.class)
class HostilePagesEndToEndTest {

    /** Only the fetch budget differs from the default test profile. */
    public static class ShortFetchBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fetch.total-timeout", "3s", "fetch.connect-timeout", "2s");
        }
    }

    private static final long MIB = 1024L * 1024L;
    private static HostileServer server;

    @BeforeAll
    static void start() throws IOException {
        String html = "text/html";
        server = new HostileServer()
                .on("/50mib", stream(head(200, html, "Connection: close"), 50 * MIB))
                .on("/endless", chunked(Long.MAX_VALUE, 0))
                .on("/one-byte-per-second", dribbleBody())
                .on("/gzip-bomb", fixed(head(200, html, "Content-Encoding: gzip"), gzipBomb()))
                .on("/png-as-html", fixed(head(200, html), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .on("/empty", fixed(head(200, html, "Content-Length: 0"), new byte[0]))
                .on("/scripts-only", fixed(head(200, html), ascii("<html><head><script>var a=1;</script></head>"
                        + "<body><script>go()</script></body></html>")))
                .on("/nested-100k", fixed(head(200, html), ascii("<html><body>" + "<div>".repeat(100_000)
                        + "deep" + "</div>".repeat(100_000) + "</body></html>")))
                .on("/wrong-charset", fixed(head(200, "text/html; charset=utf-8"), article()
                        .getBytes(StandardCharsets.ISO_8859_1)));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/50mib, TOO_LARGE",
        "/endless, TOO_LARGE",
        "/one-byte-per-second, TIMEOUT",
        "/gzip-bomb, TOO_LARGE",
        "/png-as-html, NOT_HTML",
        "/empty, EMPTY_TEXT",
        "/scripts-only, EMPTY_TEXT",
        "/nested-100k, TOO_LARGE",
    })
    void hostilePageIsRefusedAndNothingIsStored(String path, String kind) {
        try (TableItems table = new TableItems(DynoxideResource.endpoint(), "post-summaries")) {
            int before = table.all().size();
            String url = server.url(path);

            Response response = given().contentType(ContentType.JSON).body(Map.of("url", url)).when().post();

            String body = response.asString();
            assertTrue(response.statusCode() >= 400, "expected an error, got " + response.statusCode() + ": " + body);
            assertTrue(body.contains(kind), "error should name " + kind + ": " + body);
            assertEquals(before, table.all().size(), "nothing may be stored for " + path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/wrong-charset"})
    void pageWithAWrongCharsetIsStillSummarized(String path) {
        Response response = given().contentType(ContentType.JSON).body(Map.of("url", server.url(path))).when().post();

        response.then().statusCode(200);
        assertTrue(Set.of("DONE", "SKIPPED").contains(response.<String>path("status")), response.asString());
    }

    /** A plain article whose accented letters are Latin-1 bytes although the header says UTF-8. */
    private static String article() {
        StringBuilder text = new StringBuilder("<html><head><title>Caf\u00e9 owners protest new rent rules</title>"
                + "</head><body><article><h1>Caf\u00e9 owners protest new rent rules</h1>");
        for (int i = 1; i <= 8; i++) {
            text.append("<p>Owners of ").append(i * 3).append(" caf\u00e9s in the old town said on Monday that the"
                    + " new rent rules, which take effect in March, would raise their costs by a fifth. The city"
                    + " council said the rules were needed to fund repairs to the historic market hall.</p>");
        }
        return text.append("</article></body></html>").toString();
    }
}
