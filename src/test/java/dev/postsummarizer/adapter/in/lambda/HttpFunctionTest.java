package dev.postsummarizer.adapter.in.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.testing.DynoxideResource;
import dev.postsummarizer.testing.ElasticMqResource;
import dev.postsummarizer.testing.Events;
import dev.postsummarizer.testing.TableItems;
import dev.postsummarizer.testing.TestTexts;
import dev.postsummarizer.testing.WireMockResource;
import dev.postsummarizer.testing.WireMockResource.InjectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The {@code http} function through the mock Lambda event server with API Gateway v2 events: WireMock serves
 * the pages, the offline summarizer writes the summaries, dynoxide stores them and ElasticMQ is the queue.
 */
@QuarkusTest
@TestProfile(HttpFunctionTest.Profile.class)
@WithTestResource(DynoxideResource.class)
@WithTestResource(WireMockResource.class)
@WithTestResource(ElasticMqResource.class)
class HttpFunctionTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "http");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectWireMock
    WireMockServer wireMock;

    private TableItems table;

    @BeforeEach
    void setUp() {
        wireMock.resetAll();
        table = new TableItems(DynoxideResource.endpoint(), "post-summaries");
        ElasticMqResource.server().drain(ElasticMqResource.server().queueUrl());
    }

    @AfterEach
    void tearDown() {
        table.close();
    }

    @Test
    void postIsAcceptedWithLocationStoredPendingAndQueued() throws Exception {
        String url = page("/topic/accepted/", TestTexts.read("pages/invision-thread.html"));
        String id = PostUrl.parse(url).postId();

        JsonNode response = invoke("POST", "/summaries", Map.of(), "{\"url\": \"" + url + "\"}");

        assertEquals(202, response.get("statusCode").asInt());
        assertEquals("/summaries/" + id, response.get("headers").get("Location").asText());
        JsonNode body = JSON.readTree(response.get("body").asText());
        assertEquals(id, body.get("id").asText());
        assertEquals("PENDING", body.get("status").asText());
        assertEquals("PENDING", table.get(id).get("status").s());
        List<Message> queued = ElasticMqResource.server().drain(ElasticMqResource.server().queueUrl());
        assertEquals(List.of("{\"url\":\"" + url + "\"}"), queued.stream().map(Message::body).toList());
        assertTrue(wireMock.getAllServeEvents().isEmpty(), "submitting fetches nothing");
    }

    @Test
    void postWithWaitSummarizesThenGetAndTheDayListFindIt() throws Exception {
        String url = page("/topic/waited/", TestTexts.read("pages/invision-thread.html"));
        String id = PostUrl.parse(url).postId();

        JsonNode done = invoke("POST", "/summaries", Map.of("wait", "true"), "{\"url\": \"" + url + "\"}");

        assertEquals(200, done.get("statusCode").asInt(), done.toString());
        JsonNode record = JSON.readTree(done.get("body").asText());
        assertEquals("DONE", record.get("status").asText());
        assertEquals(id, record.get("postId").asText());
        assertTrue(record.get("model").asText().startsWith("offline/"));

        JsonNode found = invoke("GET", "/summaries/" + id, Map.of(), null);
        assertEquals(200, found.get("statusCode").asInt());
        assertEquals(record.get("summary"), JSON.readTree(found.get("body").asText()).get("summary"));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode listing = JSON.readTree(invoke("GET", "/summaries", Map.of("day", today, "limit", "100"), null)
                .get("body").asText());
        assertEquals(today, listing.get("day").asText());
        assertTrue(listing.get("items").findValuesAsText("postId").contains(id), listing.toString());
        assertTrue(ElasticMqResource.server().drain(ElasticMqResource.server().queueUrl()).isEmpty());
    }

    @Test
    void aVerificationScreenIs422WithItsReasonAndStoredSkipped() throws Exception {
        String url = page("/challenge", "<html><head><title>Just a moment...</title></head><body>"
                + "<div id='cf-challenge-running'>Checking your browser before accessing example.org.</div></body></html>");

        JsonNode response = invoke("POST", "/summaries", Map.of("wait", "true"), "{\"url\": \"" + url + "\"}");

        JsonNode problem = assertProblem(response, 422, "VERIFICATION_SCREEN");
        assertEquals(PostUrl.parse(url).postId(), problem.get("postId").asText());
        assertEquals("SKIPPED", table.get(PostUrl.parse(url).postId()).get("status").s());
    }

    @Test
    void errorsAreProblemDetailsWithTheKindsStatus() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        wireMock.stubFor(get(urlPathEqualTo("/busy")).willReturn(aResponse().withStatus(429)));
        wireMock.stubFor(get(urlPathEqualTo("/broken")).willReturn(aResponse().withStatus(503)));
        String base = "http://127.0.0.1:" + wireMock.port();

        assertProblem(invoke("POST", "/summaries", Map.of(), "{\"url\": \"ftp://example.org/x\"}"), 400, "INVALID_URL");
        assertProblem(invoke("POST", "/summaries", Map.of(), "{not json"), 400, "INVALID_INPUT");
        assertProblem(invoke("POST", "/summaries", Map.of("wait", "true"), "{\"url\": \"" + base + "/gone\"}"), 422, "NOT_FOUND");
        assertProblem(invoke("POST", "/summaries", Map.of("wait", "true"), "{\"url\": \"" + base + "/busy\"}"), 429, "RATE_LIMITED");
        assertProblem(invoke("POST", "/summaries", Map.of("wait", "true"), "{\"url\": \"" + base + "/broken\"}"), 502,
                "UPSTREAM_UNAVAILABLE");
        assertProblem(invoke("POST", "/summaries", Map.of("wait", "true"), "{\"url\": \"http://10.0.0.7/admin\"}"), 422,
                "FORBIDDEN_ADDRESS");
        assertProblem(invoke("GET", "/summaries/" + "0".repeat(64), Map.of(), null), 404, "NOT_FOUND");
        assertProblem(invoke("GET", "/summaries", Map.of("day", "yesterday"), null), 400, "INVALID_INPUT");
        assertProblem(invoke("GET", "/elsewhere", Map.of(), null), 404, "NO_ROUTE");
        assertProblem(invoke("DELETE", "/summaries/" + "0".repeat(64), Map.of(), null), 405, "METHOD_NOT_ALLOWED");
    }

    private String page(String path, String html) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(html)));
        return "http://127.0.0.1:" + wireMock.port() + path;
    }

    private static JsonNode invoke(String method, String path, Map<String, String> query, String body) throws Exception {
        String response = given().contentType(ContentType.JSON).body(Events.http(method, path, query, body))
                .when().post().then().statusCode(200).extract().asString();
        return JSON.readTree(response);
    }

    private static JsonNode assertProblem(JsonNode response, int status, String kind) throws Exception {
        assertEquals(status, response.get("statusCode").asInt(), response.toString());
        assertEquals("application/problem+json", response.get("headers").get("Content-Type").asText());
        JsonNode problem = JSON.readTree(response.get("body").asText());
        assertEquals(kind, problem.get("kind").asText(), problem.toString());
        assertEquals(status, problem.get("status").asInt());
        return problem;
    }
}
