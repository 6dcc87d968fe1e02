package dev.postsummarizer.adapter.in.lambda.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.Map;

/** The response API Gateway expects from a payload 2.0 integration. */
public record HttpApiResponse(
        int statusCode,
        Map<String, String> headers,
        String body,
        @JsonProperty("isBase64Encoded") boolean base64Encoded) {

    public HttpApiResponse {
        headers = Map.copyOf(headers);
    }

    public static HttpApiResponse json(int status, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Content-Type", "application/json");
        return new HttpApiResponse(status, headers, body, false);
    }
}
