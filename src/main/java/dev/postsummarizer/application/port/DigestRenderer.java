package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.digest.Digest;
import dev.postsummarizer.domain.digest.RenderedDigest;

/** Renders a digest as an email with an HTML and a plain-text part of the same content. */
public interface DigestRenderer {

    /** All text taken from pages is escaped in the HTML part. */
    RenderedDigest render(Digest digest, String subject);
}
