package dev.postsummarizer.domain.digest;

import java.nio.charset.StandardCharsets;

/** The digest as an email: subject, HTML part and plain-text part of the same content. */
public record RenderedDigest(String subject, String html, String text) {

    /** Size of both parts in UTF-8, the measure the size limit is checked against. */
    public int bodyBytes() {
        return html.getBytes(StandardCharsets.UTF_8).length + text.getBytes(StandardCharsets.UTF_8).length;
    }
}
