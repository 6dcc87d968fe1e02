package dev.postsummarizer.adapter.out.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.postsummarizer.domain.KeyFact;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the model's reply strictly: one JSON object (a Markdown code fence around it is tolerated, since models
 * add one even when told not to), with a non-empty {@code summary}, a {@code keyFacts} array of
 * {@code {fact, evidence, attribution?}} objects, a {@code language} string and a {@code topics} array of
 * strings. Anything else is an {@link InvalidDraft} naming what is wrong, which goes back to the model once.
 */
final class DraftParser {

    static final int MAX_KEY_FACTS = 8;
    static final int MAX_TOPICS = 5;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    SummaryDraft parse(String reply) {
        if (reply == null || reply.isBlank()) {
            throw new InvalidDraft("the reply was empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(withoutCodeFence(reply.strip()));
        } catch (JsonProcessingException e) {
            throw new InvalidDraft("the reply is not one valid JSON object (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDraft("the reply is not a JSON object");
        }
        String summary = requiredText(root, "summary");
        String language = requiredText(root, "language");
        JsonNode facts = root.get("keyFacts");
        if (facts == null || !facts.isArray()) {
            throw new InvalidDraft("\"keyFacts\" must be an array of {fact, evidence, attribution} objects");
        }
        List<KeyFact> keyFacts = new ArrayList<>();
        for (JsonNode fact : facts) {
            if (!fact.isObject()) {
                throw new InvalidDraft("every item of \"keyFacts\" must be an object");
            }
            keyFacts.add(new KeyFact(requiredText(fact, "fact"), requiredText(fact, "evidence"),
                    optionalText(fact, "attribution")));
        }
        JsonNode topicsNode = root.get("topics");
        if (topicsNode == null || !topicsNode.isArray()) {
            throw new InvalidDraft("\"topics\" must be an array of strings");
        }
        List<String> topics = new ArrayList<>();
        for (JsonNode topic : topicsNode) {
            if (!topic.isTextual()) {
                throw new InvalidDraft("\"topics\" must contain only strings");
            }
            if (!topic.asText().isBlank() && topics.size() < MAX_TOPICS) {
                topics.add(topic.asText().strip());
            }
        }
        return new SummaryDraft(summary, keyFacts.subList(0, Math.min(MAX_KEY_FACTS, keyFacts.size())),
                language, topics);
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidDraft("\"" + field + "\" must be a non-empty string");
        }
        return value.asText().strip();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidDraft("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static String withoutCodeFence(String reply) {
        if (!reply.startsWith("```")) {
            return reply;
        }
        int firstLineEnd = reply.indexOf('\n');
        int closing = reply.lastIndexOf("```");
        if (firstLineEnd < 0 || closing <= firstLineEnd) {
            return reply;
        }
        return reply.substring(firstLineEnd + 1, closing).strip();
    }

    /** The reply does not have the agreed shape; the message says what to fix. */
    static final class InvalidDraft extends RuntimeException {
        InvalidDraft(String problem) {
            super(problem);
        }
    }
}
