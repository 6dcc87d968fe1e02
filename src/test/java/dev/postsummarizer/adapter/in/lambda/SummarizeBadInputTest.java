package dev.postsummarizer.adapter.in.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.postsummarizer.testing.DynoxideResource;
import dev.postsummarizer.testing.TableItems;
import dev.postsummarizer.testing.WireMockResource;
import dev.postsummarizer.testing.WireMockResource.InjectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input through the `summarize` function (offline summarizer, the default): each gets an error that
 * names the problem, and the table is left exactly as it was.
 */
@QuarkusTest
@WithTestResource(DynoxideResource.class)
@WithTestResource(WireMockResource.class)
class SummarizeBadInputTest {

    @InjectWireMock
    WireMockServer wireMock;

    private TableItems table;
    private int itemsBefore;

    @BeforeEach
    void setUp() {
        wireMock.resetAll();
        table = new TableItems(DynoxideResource.endpoint(), "post-summaries");
        itemsBefore = table.all().size();
    }

    @AfterEach
    void tableIsUnchanged() {
        assertEquals(itemsBefore, table.all().size(), "bad input must not leave anything in the table");
        table.close();
    }

    @Test
    void missingUrl() {
        assertRefused(Map.of(), "INVALID_URL", "url is missing");
    }

    @Test
    void garbledUrl() {
        assertRefused(Map.of("url", "http://exa mple.com/<post>"), "INVALID_URL", "not a valid URI");
    }

    @Test
    void forbiddenScheme() {
        assertRefused(Map.of("url", "file:///etc/passwd"), "INVALID_URL", "http or https");
    }

    @Test
    void instanceMetadataAddress() {
        assertRefused(Map.of("url", "http://169.254.169.254/latest/meta-data/"), "FORBIDDEN_ADDRESS",
                "169.254.169.254");
    }

    @Test
    void privateAddress() {
        assertRefused(Map.of("url", "http://10.0.0.7/admin"), "FORBIDDEN_ADDRESS", "10.0.0.7");
    }

    @Test
    void notHtml() {
        wireMock.stubFor(get(urlPathEqualTo("/report.pdf")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(new byte[] {'%', 'P', 'D', 'F'})));
        assertRefused(Map.of("url", ("http://127.0.0.1:" + wireMock.port()) + "/report.pdf"), "NOT_HTML", "application/pdf");
    }

    @Test
    void tooLarge() {
        String big = "<html><body><p>" + "word ".repeat(1_300_000) + "</p></body></html>";
        wireMock.stubFor(get(urlPathEqualTo("/huge")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody(big)));
        assertRefused(Map.of("url", ("http://127.0.0.1:" + wireMock.port()) + "/huge"), "TOO_LARGE", "MiB");
    }

    @Test
    void noTextAfterExtraction() {
        wireMock.stubFor(get(urlPathEqualTo("/scripts-only")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>")));
        assertRefused(Map.of("url", ("http://127.0.0.1:" + wireMock.port()) + "/scripts-only"), "EMPTY_TEXT", "no post text");
    }

    @Test
    void pageNotFound() {
        wireMock.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        assertRefused(Map.of("url", ("http://127.0.0.1:" + wireMock.port()) + "/gone"), "NOT_FOUND", "404");
    }

    @Test
    void emptyHtmlGivenByTheCaller() {
        assertRefused(Map.of("url", "https://example.org/post", "html", "   "), "INVALID_INPUT", "html is empty");
    }

    @Test
    void htmlGivenByTheCallerIsSummarizedOfflineWithoutFetching() {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://forum.example.org/topic/99/",
                        "html", SummarizeWithOpenAiTest.resource("pages/invision-thread.html")))
                .when().post();

        response.then().statusCode(200);
        assertEquals("DONE", response.path("status"));
        assertTrue(response.<String>path("model").startsWith("offline/"));
        assertTrue(wireMock.getAllServeEvents().isEmpty(), "nothing was fetched");
        itemsBefore++;
    }

    private void assertRefused(Map<String, String> event, String kind, String detail) {
        Response response = given().contentType(ContentType.JSON).body(event).when().post();
        String body = response.asString();
        assertTrue(response.statusCode() >= 400, "expected an error, got " + response.statusCode() + ": " + body);
        assertTrue(body.contains(kind), "error should name " + kind + ": " + body);
        assertTrue(body.contains(detail), "error should say '" + detail + "': " + body);
    }
}
