package dev.postsummarizer.adapter.in.lambda;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The `bedrock` provider pointed at WireMock speaking the Converse API (endpoint from WireMockResource). */
public class BedrockStubProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "summarizer.provider", "bedrock",
                "summarizer.model", "anthropic.claude-3-haiku-20240307-v1:0",
                "summarizer.region", "us-east-1",
                "summarizer.max-retries", "0");
    }
}
