package dev.postsummarizer.adapter.out.llm;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.postsummarizer.application.TokenBudget;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.testing.TestTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A WireMock server on 127.0.0.1 standing in for a provider's API, and summarizers pointed at it. */
final class StubbedModel implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server;
    /** Large enough for every test text unless a test makes it smaller to force map-reduce. */
    TokenBudget budget = new TokenBudget(100_000, 4.0);

    StubbedModel() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    LangChain4jSummarizer summarizer(String provider, String model) {
        return summarizer(provider, model, 0);
    }

    LangChain4jSummarizer summarizer(String provider, String model, int maxRetries) {
        String base = switch (provider) {
            case "openai" -> baseUrl() + "/v1";
            case "anthropic" -> baseUrl() + "/v1/";
            default -> baseUrl();
        };
        ModelSettings settings = new ModelSettings(provider, model, "test-key", base, "us-east-1", baseUrl(),
                "test", "test", maxRetries, Duration.ofSeconds(5), true, 1000);
        return new LangChain4jSummarizer(ChatModelFactory.create(settings), settings, new SummaryPrompts(),
                NeutralityLexicon.fromClasspath(), budget);
    }

    static ExtractedPost story() {
        return post(TestTexts.irrawaddyStory());
    }

    static ExtractedPost post(String text) {
        return new ExtractedPost("https://forum.example/topic/1/", null,
                "Myanmar Junta Chief Defies Arrest Warrant with Moscow Visit", null, "Example Forum",
                "2025-05-07T10:00:00Z", "en", Arrays.asList(text.split("\n\n")), List.of());
    }

    static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
