package dev.postsummarizer.adapter.in.lambda;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The `openai` provider pointed at the WireMock stub (base URL comes from WireMockResource). */
public class OpenAiStubProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "summarizer.provider", "openai",
                "summarizer.model", "test-model",
                "summarizer.api-key", "test-key",
                "summarizer.max-retries", "0");
    }
}
