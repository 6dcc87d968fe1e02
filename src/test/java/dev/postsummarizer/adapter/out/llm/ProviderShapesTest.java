package dev.postsummarizer.adapter.out.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.testing.ModelStubs;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each provider's request and response shape against a stub of its API (Bedrock Converse, Anthropic, Ollama). */
class ProviderShapesTest {

    static final String ANSWER = ModelStubs.answer(OpenAiSummarizerTest.NEUTRAL_SUMMARY,
            List.of(OpenAiSummarizerTest.VISIT, OpenAiSummarizerTest.AIRSTRIKES), "en", List.of("Myanmar"));

    private final StubbedModel stub = new StubbedModel();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void bedrockSpeaksTheConverseApiThroughTheEndpointOverride() {
        stub.server.stubFor(post(urlPathMatching("/model/.+/converse")).willReturn(json(
                ModelStubs.bedrockConverse(ANSWER, 1500, 120))));

        Summary summary = stub.summarizer("bedrock", "anthropic.claude-3-haiku-20240307-v1:0")
                .summarize(StubbedModel.story());

        List<LoggedRequest> calls = stub.server.findAll(postRequestedFor(urlPathMatching("/model/.+/converse")));
        assertEquals(1, calls.size());
        assertTrue(calls.get(0).getUrl().contains("anthropic.claude-3-haiku"), calls.get(0).getUrl());
        assertTrue(calls.get(0).getHeader("Authorization").startsWith("AWS4-HMAC-SHA256"), "requests are signed");
        JsonNode body = StubbedModel.body(calls.get(0));
        assertTrue(body.at("/system/0/text").asText().contains("neutral"), body.toString());
        assertTrue(body.at("/messages/0/content/0/text").asText().contains("<<<POST "), "the text is fenced");
        assertEquals("bedrock/anthropic.claude-3-haiku-20240307-v1:0", summary.model());
        assertEquals(2, summary.keyFacts().size());
        assertEquals(1500, summary.inputTokens());
        assertEquals(120, summary.outputTokens());
    }

    @Test
    void bedrockThrottlingIsRateLimited() {
        stub.server.stubFor(post(urlPathMatching("/model/.+/converse")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "ThrottlingException")
                .withBody("{\"message\":\"Too many requests, please wait before trying again.\"}")));

        ProcessingFailure failure = assertThrows(ProcessingFailure.class,
                () -> stub.summarizer("bedrock", "anthropic.claude-3-haiku-20240307-v1:0")
                        .summarize(StubbedModel.story()));

        assertEquals(FailureKind.RATE_LIMITED, failure.kind());
    }

    @Test
    void bedrockServerErrorsAreModelUnavailable() {
        stub.server.stubFor(post(urlPathMatching("/model/.+/converse")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "ServiceUnavailableException")
                .withBody("{\"message\":\"Service unavailable\"}")));

        ProcessingFailure failure = assertThrows(ProcessingFailure.class,
                () -> stub.summarizer("bedrock", "anthropic.claude-3-haiku-20240307-v1:0")
                        .summarize(StubbedModel.story()));

        assertEquals(FailureKind.MODEL_UNAVAILABLE, failure.kind());
        assertTrue(failure.retryable());
    }

    @Test
    void anthropicSpeaksTheMessagesApi() {
        ObjectNode reply = StubbedModel.JSON.createObjectNode();
        reply.put("id", "msg_test").put("type", "message").put("role", "assistant").put("model", "claude-test");
        reply.putArray("content").addObject().put("type", "text").put("text", ANSWER);
        reply.put("stop_reason", "end_turn");
        reply.putObject("usage").put("input_tokens", 1400).put("output_tokens", 110);
        stub.server.stubFor(post(urlPathEqualTo("/v1/messages")).willReturn(json(reply.toString())));

        Summary summary = stub.summarizer("anthropic", "claude-test").summarize(StubbedModel.story());

        LoggedRequest call = stub.server.findAll(postRequestedFor(urlPathEqualTo("/v1/messages"))).get(0);
        assertEquals("test-key", call.getHeader("x-api-key"));
        JsonNode body = StubbedModel.body(call);
        assertTrue(body.path("system").toString().contains("neutral"), body.toString());
        assertTrue(body.at("/messages/0/content").toString().contains("<<<POST "), "the text is fenced");
        assertEquals("anthropic/claude-test", summary.model());
        assertEquals(2, summary.keyFacts().size());
        assertEquals(1400, summary.inputTokens());
    }

    @Test
    void ollamaSpeaksItsChatApiWithTheSchemaAsFormat() {
        ObjectNode reply = StubbedModel.JSON.createObjectNode();
        reply.put("model", "llama-test").put("created_at", "2026-11-28T10:00:00Z").put("done", true);
        reply.putObject("message").put("role", "assistant").put("content", ANSWER);
        reply.put("done_reason", "stop").put("prompt_eval_count", 1300).put("eval_count", 100);
        stub.server.stubFor(post(urlPathEqualTo("/api/chat")).willReturn(json(reply.toString())));

        Summary summary = stub.summarizer("ollama", "llama-test").summarize(StubbedModel.story());

        JsonNode body = StubbedModel.body(stub.server.findAll(postRequestedFor(urlPathEqualTo("/api/chat"))).get(0));
        assertEquals("object", body.at("/format/type").asText(), "the reply's schema is sent as format");
        assertTrue(body.at("/messages/1/content").asText().contains("<<<POST "), "the text is fenced");
        assertEquals("ollama/llama-test", summary.model());
        assertEquals(2, summary.keyFacts().size());
        assertEquals(1300, summary.inputTokens());
        assertEquals(100, summary.outputTokens());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
