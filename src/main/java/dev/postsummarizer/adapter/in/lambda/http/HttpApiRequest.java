package dev.postsummarizer.adapter.in.lambda.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The fields we read from an API Gateway HTTP API event (payload format 2.0). Query parameters arrive
 * decoded; a repeated parameter arrives joined with commas.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpApiRequest(
        String rawPath,
        Map<String, String> headers,
        Map<String, String> queryStringParameters,
        String body,
        @JsonProperty("isBase64Encoded") boolean base64Encoded,
        RequestContext requestContext) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestContext(Http http, String requestId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Http(String method, String path) {
    }

    public String method() {
        return requestContext == null || requestContext.http() == null || requestContext.http().method() == null
                ? "" : requestContext.http().method().toUpperCase(Locale.ROOT);
    }

    public String path() {
        if (rawPath != null) {
            return rawPath;
        }
        return requestContext == null || requestContext.http() == null ? "/" : requestContext.http().path();
    }

    public String query(String name) {
        return queryStringParameters == null ? null : queryStringParameters.get(name);
    }

    /** The body as text (API Gateway base64-encodes bodies it considers binary). */
    public String textBody() {
        if (body == null) {
            return null;
        }
        return base64Encoded ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }
}
