package dev.postsummarizer.adapter.in.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.testing.DynoxideResource;
import dev.postsummarizer.testing.ModelStubs;
import dev.postsummarizer.testing.TableItems;
import dev.postsummarizer.testing.WireMockResource;
import dev.postsummarizer.testing.WireMockResource.InjectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The whole flow through the mock Lambda event server: WireMock serves an Invision Community thread and
 * answers as an OpenAI-compatible model; dynoxide stores the result, which the test reads back with its
 * own SDK client.
 */
@QuarkusTest
@TestProfile(OpenAiStubProfile.class)
@WithTestResource(DynoxideResource.class)
@WithTestResource(WireMockResource.class)
class SummarizeWithOpenAiTest {

    static final String COMPLETIONS = "/v1/chat/completions";
    static final List<String> FORUM_CHROME = List.of("Create an account or sign in to comment",
            "Recommended Posts", "Recently Browsing", "Sign In Now", "Register a new account",
            "You need to be a member", "No registered users viewing this page");

    @InjectWireMock
    WireMockServer wireMock;

    private TableItems table;

    @BeforeEach
    void setUp() {
        wireMock.resetAll();
        table = new TableItems(DynoxideResource.endpoint(), "post-summaries");
    }

    @AfterEach
    void tearDown() {
        table.close();
    }

    @Test
    void summarizesAForumThreadAndStoresGroundedFacts() {
        String pageUrl = servePage("/topic/1-junta-chief-moscow/", "pages/invision-thread.html");
        stubModel(ModelStubs.answer(
                "According to The Irrawaddy, Myanmar's military leader Min Aung Hlaing is travelling to Moscow "
                        + "for Victory Day celebrations on 9 May despite an arrest warrant from an Argentinian court.",
                List.<String[]>of(
                        new String[] {"Min Aung Hlaing is travelling to Moscow for Victory Day on 9 May",
                                "Min Aung Hlaing, is travelling to Moscow to attend Russia’s Victory Day celebrations on 9 May"},
                        new String[] {"The NUG reports 282 airstrikes since 28 March killing at least 276 people",
                                "the military has carried out 282 airstrikes since 28 March, killing at least 276 people"},
                        new String[] {"The visit is his 12th to Russia",
                                "This marks Min Aung Hlaing’s fifth visit to Russia"}),
                "en", List.of("Myanmar", "Russia")));

        Response response = invoke(Map.of("url", pageUrl));

        response.then().statusCode(200);
        String postId = PostUrl.parse(pageUrl).postId();
        assertEquals(postId, response.path("postId"));
        Map<String, AttributeValue> item = table.get(postId);
        assertEquals("DONE", item.get("status").s());
        assertTrue(item.get("title").s().contains("Moscow"), item.get("title").s());
        assertNotNull(item.get("siteName"));
        assertTrue(item.get("publishedAt").s().startsWith("2025-05-07"), item.get("publishedAt").s());
        assertEquals("openai/test-model", item.get("model").s());
        assertFalse(item.get("summary").s().isBlank());
        assertEquals("1", item.get("droppedFacts").n(), "the fact with a number not in its evidence is dropped");

        String sentText = promptText(onlyModelRequest());
        List<AttributeValue> facts = item.get("keyFacts").l();
        assertEquals(2, facts.size());
        for (AttributeValue fact : facts) {
            String evidence = fact.m().get("evidence").s();
            assertTrue(normalised(sentText).contains(normalised(evidence)), "evidence not in the text: " + evidence);
        }
        assertTrue(sentText.contains("282 airstrikes since 28 March"), "the story reaches the model");
        for (String chrome : FORUM_CHROME) {
            assertFalse(sentText.contains(chrome), "forum chrome reached the model: " + chrome);
        }
    }

    @Test
    void theSameUrlTwiceCallsTheModelOnceAndKeepsOneItem() {
        String pageUrl = servePage("/topic/2-repeat/", "pages/invision-thread.html");
        stubModel(ModelStubs.answer("According to The Irrawaddy, Min Aung Hlaing is travelling to Moscow.",
                List.<String[]>of(new String[] {"He was invited by Vladimir Putin", "Invited by Russian President Vladimir Putin"}),
                "en", List.of("Myanmar")));
        int itemsBefore = table.all().size();

        invoke(Map.of("url", pageUrl)).then().statusCode(200);
        Response second = invoke(Map.of("url", pageUrl + "#comments"));

        second.then().statusCode(200);
        assertEquals("DONE", second.path("status"));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertEquals(itemsBefore + 1, table.all().size());
    }

    @Test
    void malformedModelOutputGetsOneRepairAttemptThenTheFailureIsRecorded() {
        String pageUrl = servePage("/topic/3-broken-model/", "pages/invision-thread.html");
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS))
                .willReturn(okJson(ModelStubs.openAiCompletion("{\"summary\": \"unterminated", 900, 10))));

        Response response = invoke(Map.of("url", pageUrl));

        assertTrue(response.statusCode() >= 400, "the caller learns it failed");
        assertTrue(response.asString().contains("MODEL_OUTPUT_INVALID"), response.asString());
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        Map<String, AttributeValue> item = table.get(PostUrl.parse(pageUrl).postId());
        assertEquals("FAILED", item.get("status").s());
        assertTrue(item.get("lastError").s().startsWith("MODEL_OUTPUT_INVALID"), item.get("lastError").s());
    }

    @Test
    void aRepairedAnswerIsAccepted() {
        String pageUrl = servePage("/topic/4-repaired/", "pages/invision-thread.html");
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("repair")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(ModelStubs.openAiCompletion("Here is the summary: not json", 900, 10)))
                .willSetStateTo("repaired"));
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("repair")
                .whenScenarioStateIs("repaired")
                .willReturn(okJson(ModelStubs.openAiCompletion(ModelStubs.answer(
                        "According to The Irrawaddy, Min Aung Hlaing is travelling to Moscow.",
                        List.<String[]>of(new String[] {"Leaders from China, India and Brazil will attend",
                                "Leaders from China, India, and Brazil are also scheduled to attend"}),
                        "en", List.of("Myanmar")), 950, 60))));

        Response response = invoke(Map.of("url", pageUrl));

        response.then().statusCode(200);
        assertEquals("DONE", response.path("status"));
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    private Response invoke(Map<String, String> event) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(event).when().post();
    }

    private String servePage(String path, String resource) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody(resource(resource))));
        return ("http://127.0.0.1:" + wireMock.port()) + path;
    }

    private void stubModel(String answer) {
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS))
                .willReturn(okJson(ModelStubs.openAiCompletion(answer, 1200, 180))));
    }

    private LoggedRequest onlyModelRequest() {
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertEquals(1, requests.size());
        return requests.get(0);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** All message contents of a chat completions request, joined. */
    static String promptText(LoggedRequest request) {
        try {
            StringBuilder text = new StringBuilder();
            new ObjectMapper().readTree(request.getBodyAsString()).path("messages")
                    .forEach(message -> text.append(message.path("content").asText()).append('\n'));
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException("model request is not JSON", e);
        }
    }

    static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String resource(String name) {
        try (InputStream in = SummarizeWithOpenAiTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
