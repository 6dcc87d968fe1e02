package dev.postsummarizer.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Response bodies in the shapes real model APIs use (OpenAI chat completions, Bedrock Converse). */
public final class ModelStubs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelStubs() {
    }

    /** The structured answer the prompt asks for, as the model would write it. */
    public static String answer(String summary, List<String[]> factsAndEvidence, String language,
            List<String> topics) {
        ObjectNode root = JSON.createObjectNode();
        root.put("summary", summary);
        ArrayNode facts = root.putArray("keyFacts");
        for (String[] pair : factsAndEvidence) {
            facts.addObject().put("fact", pair[0]).put("evidence", pair[1]);
        }
        root.put("language", language);
        ArrayNode topicArray = root.putArray("topics");
        topics.forEach(topicArray::add);
        return root.toString();
    }

    public static String openAiCompletion(String content, int promptTokens, int completionTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        root.put("created", 1764320000);
        root.put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage")
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return root.toString();
    }

    public static String bedrockConverse(String content, int inputTokens, int outputTokens) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode message = root.putObject("output").putObject("message");
        message.put("role", "assistant");
        message.putArray("content").addObject().put("text", content);
        root.put("stopReason", "end_turn");
        root.putObject("usage")
                .put("inputTokens", inputTokens)
                .put("outputTokens", outputTokens)
                .put("totalTokens", inputTokens + outputTokens);
        root.putObject("metrics").put("latencyMs", 42);
        return root.toString();
    }
}
