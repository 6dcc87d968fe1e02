package dev.postsummarizer.adapter.out.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">} blocks, flattened
 * ({@code @graph} and top-level arrays unwrapped). Broken blocks are skipped: pages often ship invalid
 * JSON-LD and it is only ever a hint.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /** Blocks larger than this are not parsed: real JSON-LD is a few kilobytes, huge blocks are app state. */
    private static final int MAX_BLOCK_CHARS = 2_000_000;

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document document) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().trim();
            if (json.isEmpty() || json.length() > MAX_BLOCK_CHARS) {
                continue;
            }
            try {
                flatten(MAPPER.readTree(json), objects);
            } catch (JsonProcessingException | RuntimeException e) {
                // Invalid JSON-LD is common and harmless: the DOM is the fallback source.
                continue;
            }
        }
        return new JsonLd(objects);
    }

    private static void flatten(JsonNode root, List<JsonNode> into) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty() && into.size() < 500) {
            JsonNode node = pending.pop();
            if (node == null) {
                continue;
            }
            if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    pending.push(node.get(i));
                }
            } else if (node.isObject()) {
                into.add(node);
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    pending.push(graph);
                }
            }
        }
    }

    /** The first object whose {@code @type} is one of the given types (case-insensitive). */
    Optional<JsonNode> first(List<String> types) {
        for (String wanted : types) {
            for (JsonNode object : objects) {
                if (hasType(object, wanted)) {
                    return Optional.of(object);
                }
            }
        }
        return Optional.empty();
    }

    static boolean hasType(JsonNode object, String wanted) {
        JsonNode type = object.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT));
    }

    /** A string field, or the {@code name} of an object field, or the first of an array; null if absent. */
    static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            value = value.size() > 0 ? value.get(0) : null;
            if (value == null) {
                return null;
            }
        }
        if (value.isObject()) {
            value = value.get("name");
            if (value == null) {
                return null;
            }
        }
        String text = TextBlocks.normalize(value.asText());
        return text.isEmpty() ? null : text;
    }
}
