package dev.postsummarizer.adapter.out.dynamodb;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's LastEvaluatedKey of a {@code byDigestDay} query into an opaque, URL-safe cursor and back.
 * The key of that index is (postId, digestDay, summarizedAt), all strings without the separator.
 */
final class DayCursor {

    private static final String SEPARATOR = "\n";

    private DayCursor() {
    }

    static String encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        String raw = lastKey.get(SummaryItemMapper.POST_ID).s() + SEPARATOR
                + lastKey.get(SummaryItemMapper.DIGEST_DAY).s() + SEPARATOR
                + lastKey.get(SummaryItemMapper.SUMMARIZED_AT).s();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, AttributeValue> decode(String cursor) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
        } catch (IllegalArgumentException e) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT, "cursor is not one this service issued", e);
        }
        if (parts.length != 3) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT, "cursor is not one this service issued");
        }
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(SummaryItemMapper.POST_ID, AttributeValue.fromS(parts[0]));
        key.put(SummaryItemMapper.DIGEST_DAY, AttributeValue.fromS(parts[1]));
        key.put(SummaryItemMapper.SUMMARIZED_AT, AttributeValue.fromS(parts[2]));
        return key;
    }
}
