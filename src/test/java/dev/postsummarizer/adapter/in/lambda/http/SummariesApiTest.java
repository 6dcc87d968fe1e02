package dev.postsummarizer.adapter.in.lambda.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.application.FakeFlow;
import dev.postsummarizer.application.SubmitPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every route and error status of the {@code /summaries} resource, over the application with in-memory ports. */
class SummariesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeFlow fake = new FakeFlow();
    private final FakeFlow.RecordingQueue queue = new FakeFlow.RecordingQueue();
    private final ExecutorService inline = Executors.newCachedThreadPool();
    private final SummariesApi api = new SummariesApi(
            new SubmitPost(fake.store, queue, fake.flow, inline, fake.clock), fake.store,
            new SummariesApi.Settings(Duration.ofSeconds(20), 2, 5), fake.clock);

    @AfterEach
    void stopThreads() {
        inline.shutdownNow();
    }

    @Test
    void postAcceptsTheUrlWithLocationAndEnqueuesIt() throws Exception {
        HttpApiResponse response = api.handle(request("POST", "/summaries", null, "{\"url\":\"https://example.org/a\"}"));

        String id = PostUrl.parse("https://example.org/a").postId();
        assertEquals(202, response.statusCode());
        assertEquals("/summaries/" + id, response.headers().get("Location"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(id, body.get("id").asText());
        assertEquals("PENDING", body.get("status").asText());
        assertEquals(SummaryStatus.PENDING, fake.store.find(id).orElseThrow().status());
        assertEquals(1, queue.sent.size());
    }

    @Test
    void aBase64EncodedBodyIsDecoded() {
        String body = Base64.getEncoder().encodeToString("{\"url\":\"https://example.org/a\"}".getBytes(StandardCharsets.UTF_8));
        HttpApiRequest request = new HttpApiRequest("/summaries", Map.of(), Map.of(), body, true,
                new HttpApiRequest.RequestContext(new HttpApiRequest.Http("POST", "/summaries"), "r1"));

        assertEquals(202, api.handle(request).statusCode());
    }

    @Test
    void postWithWaitReturnsTheRecord() throws Exception {
        fake.page("https://example.org/a", FakeFlow.STORY);

        HttpApiResponse response = api.handle(request("POST", "/summaries", Map.of("wait", "true"),
                "{\"url\":\"https://example.org/a\"}"));

        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("DONE", body.get("status").asText());
        assertEquals("A neutral summary.", body.get("summary").asText());
        assertEquals("2026-11-28T10:00:00Z", body.get("summarizedAt").asText());
        assertTrue(queue.sent.isEmpty());
    }

    @Test
    void postWithWaitOnAPageThatIsNotThePostIs422WithTheReason() throws Exception {
        fake.page("https://example.org/wall", "SIGN IN to continue reading.");

        HttpApiResponse response = api.handle(request("POST", "/summaries", Map.of("wait", "true"),
                "{\"url\":\"https://example.org/wall\"}"));

        JsonNode problem = assertProblem(response, 422, "LOGIN_WALL");
        assertEquals("the page asks to sign in", problem.get("detail").asText());
        assertEquals(PostUrl.parse("https://example.org/wall").postId(), problem.get("postId").asText());
    }

    @Test
    void failuresOfTheInlineAttemptCarryTheirKindsStatus() throws Exception {
        fake.failing("https://example.org/busy", ProcessingFailure.of(FailureKind.RATE_LIMITED, "site answered 429"));
        fake.failing("https://example.org/broken", ProcessingFailure.of(FailureKind.UPSTREAM_UNAVAILABLE, "503"));
        fake.failing("https://example.org/huge", ProcessingFailure.of(FailureKind.TOO_LARGE, "over 5 MiB"));

        HttpApiResponse busy = post("https://example.org/busy");
        assertProblem(busy, 429, "RATE_LIMITED");
        assertEquals("30", busy.headers().get("Retry-After"));
        assertProblem(post("https://example.org/broken"), 502, "UPSTREAM_UNAVAILABLE");
        assertProblem(post("https://example.org/huge"), 413, "TOO_LARGE");
        assertProblem(post("https://example.org/missing"), 422, "NOT_FOUND");
    }

    @Test
    void badBodiesAre400() throws Exception {
        assertProblem(api.handle(request("POST", "/summaries", null, "{\"url\":\"javascript:alert(1)\"}")), 400,
                "INVALID_URL");
        assertProblem(api.handle(request("POST", "/summaries", null, "{\"link\":\"https://example.org\"}")), 400,
                "INVALID_URL");
        assertProblem(api.handle(request("POST", "/summaries", null, "{not json")), 400, "INVALID_INPUT");
        assertProblem(api.handle(request("POST", "/summaries", null, null)), 400, "INVALID_INPUT");
        assertTrue(fake.store.items.isEmpty());
        assertTrue(queue.sent.isEmpty());
    }

    @Test
    void getReturnsTheRecordOr404() throws Exception {
        fake.page("https://example.org/a", FakeFlow.STORY);
        SummaryRecord done = fake.flow.summarize(dev.postsummarizer.application.SummarizeCommand.ofUrl("https://example.org/a"));

        HttpApiResponse found = api.handle(request("GET", "/summaries/" + done.postId(), null, null));
        assertEquals(200, found.statusCode());
        assertEquals(done.postId(), JSON.readTree(found.body()).get("postId").asText());
        assertTrue(!found.body().contains("leaseUntil") && !found.body().contains("sketch"));

        assertProblem(api.handle(request("GET", "/summaries/" + "0".repeat(64), null, null)), 404, "NOT_FOUND");
        assertProblem(api.handle(request("GET", "/summaries/not-an-id", null, null)), 404, "NOT_FOUND");
    }

    @Test
    void listingADayPagesNewestFirst() throws Exception {
        for (String path : new String[] {"a", "b", "c"}) {
            fake.page("https://example.org/" + path, FakeFlow.STORY + " " + path);
            fake.flow.summarize(dev.postsummarizer.application.SummarizeCommand.ofUrl("https://example.org/" + path));
        }

        HttpApiResponse page = api.handle(request("GET", "/summaries", Map.of("day", "2026-11-28"), null));
        JsonNode body = JSON.readTree(page.body());
        assertEquals(200, page.statusCode());
        assertEquals("2026-11-28", body.get("day").asText());
        assertEquals(2, body.get("items").size(), "default limit");

        JsonNode three = JSON.readTree(api.handle(request("GET", "/summaries",
                Map.of("day", "2026-11-28", "limit", "5"), null)).body());
        assertEquals(3, three.get("items").size());
        fake.store.items.put("f".repeat(64), SummaryRecord.builder().postId("f".repeat(64)).status(SummaryStatus.FAILED)
                .digestDay("2026-11-28").summarizedAt(FakeFlow.NOW.plusSeconds(1)).version(1).build());
        JsonNode withFailure = JSON.readTree(api.handle(request("GET", "/summaries",
                Map.of("day", "2026-11-28", "limit", "5"), null)).body());
        assertEquals(3, withFailure.get("items").size(), "failures are in the index for the digest, not in the list");
        JsonNode otherDay = JSON.readTree(api.handle(request("GET", "/summaries", Map.of("day", "2026-11-27"), null)).body());
        assertEquals(0, otherDay.get("items").size());
    }

    @Test
    void badListingParametersAre400() throws Exception {
        assertProblem(api.handle(request("GET", "/summaries", Map.of("day", "28.11.2026"), null)), 400, "INVALID_INPUT");
        assertProblem(api.handle(request("GET", "/summaries", Map.of("limit", "0"), null)), 400, "INVALID_INPUT");
        assertProblem(api.handle(request("GET", "/summaries", Map.of("limit", "6"), null)), 400, "INVALID_INPUT");
        assertProblem(api.handle(request("GET", "/summaries", Map.of("limit", "ten"), null)), 400, "INVALID_INPUT");
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405() throws Exception {
        assertProblem(api.handle(request("GET", "/nothing-here", null, null)), 404, "NO_ROUTE");
        assertProblem(api.handle(request("GET", "/summaries/a/b", null, null)), 404, "NO_ROUTE");
        HttpApiResponse delete = api.handle(request("DELETE", "/summaries", null, null));
        assertProblem(delete, 405, "METHOD_NOT_ALLOWED");
        assertEquals("GET, POST", delete.headers().get("Allow"));
        HttpApiResponse put = api.handle(request("PUT", "/summaries/" + "0".repeat(64), null, "{}"));
        assertProblem(put, 405, "METHOD_NOT_ALLOWED");
        assertEquals("GET", put.headers().get("Allow"));
    }

    private HttpApiResponse post(String url) {
        return api.handle(request("POST", "/summaries", Map.of("wait", "true"), "{\"url\":\"" + url + "\"}"));
    }

    private static JsonNode assertProblem(HttpApiResponse response, int status, String kind) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().get("Content-Type"));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertEquals(kind, problem.get("kind").asText());
        assertTrue(problem.get("type").asText().startsWith("urn:post-summarizer:problem:"));
        assertTrue(problem.hasNonNull("title") && problem.hasNonNull("detail"), response.body());
        return problem;
    }

    private static HttpApiRequest request(String method, String path, Map<String, String> query, String body) {
        return new HttpApiRequest(path, new HashMap<>(Map.of("content-type", "application/json")),
                query, body, false, new HttpApiRequest.RequestContext(new HttpApiRequest.Http(method, path), "r1"));
    }
}
