package dev.postsummarizer.adapter.in.lambda.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the URL from a message body: {@code {"url": …}} or the bare URL. */
public final class MessageBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageBody() {
    }

    /** @return the URL, or null when the body carries none (the service then records the message as invalid) */
    public static String url(String body) {
        if (body == null) {
            return null;
        }
        String trimmed = body.strip();
        if (!trimmed.startsWith("{")) {
            return trimmed;
        }
        try {
            JsonNode url = JSON.readTree(trimmed).path("url");
            return url.isTextual() ? url.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
