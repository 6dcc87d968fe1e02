package dev.postsummarizer.adapter.in.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The `bedrock` provider against a WireMock endpoint speaking the Converse API. */
@QuarkusTest
@TestProfile(BedrockStubProfile.class)
@WithTestResource(DynoxideResource.class)
@WithTestResource(WireMockResource.class)
class SummarizeWithBedrockTest {

    @InjectWireMock
    WireMockServer wireMock;

    @Test
    void summarizesThroughTheConverseApi() {
        wireMock.resetAll();
        wireMock.stubFor(get(urlPathEqualTo("/topic/5-bedrock/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody(SummarizeWithOpenAiTest.resource("pages/invision-thread.html"))));
        wireMock.stubFor(post(urlPathMatching("/model/.+/converse")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(ModelStubs.bedrockConverse(ModelStubs.answer(
                        "According to The Irrawaddy, Min Aung Hlaing is travelling to Moscow for Victory Day.",
                        List.<String[]>of(new String[] {"Ukraine's president warned about visitors' safety",
                                "Ukrainian President Volodymyr Zelenskyy has meanwhile warned that he cannot guarantee the safety of foreign leaders visiting Moscow"}),
                        "en", List.of("Myanmar")), 1500, 120))));
        String pageUrl = ("http://127.0.0.1:" + wireMock.port()) + "/topic/5-bedrock/";

        Response response = given().contentType(ContentType.JSON).body(Map.of("url", pageUrl)).when().post();

        response.then().statusCode(200);
        List<LoggedRequest> calls = wireMock.findAll(postRequestedFor(urlPathMatching("/model/.+/converse")));
        assertEquals(1, calls.size());
        assertTrue(calls.get(0).getUrl().contains("anthropic.claude-3-haiku"), calls.get(0).getUrl());
        assertTrue(calls.get(0).getBodyAsString().contains("Min Aung Hlaing"), "the post text is sent");
        try (TableItems table = new TableItems(DynoxideResource.endpoint(), "post-summaries")) {
            Map<String, AttributeValue> item = table.get(PostUrl.parse(pageUrl).postId());
            assertEquals("DONE", item.get("status").s());
            assertEquals("1500", item.get("inputTokens").n());
            assertEquals("120", item.get("outputTokens").n());
            assertEquals(1, item.get("keyFacts").l().size());
            assertTrue(item.get("model").s().startsWith("bedrock/"), item.get("model").s());
        }
    }
}
