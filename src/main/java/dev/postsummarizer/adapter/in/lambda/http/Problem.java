package dev.postsummarizer.adapter.in.lambda.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code kind} names the failure kind (or
 * the skip reason) so that clients can branch on it without parsing {@code detail}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String kind,
        String postId) {

    static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String kind, String detail, String instance, String postId) {
        String type = "urn:post-summarizer:problem:" + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return new Problem(type, title(status), status, detail, instance, kind, postId);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
