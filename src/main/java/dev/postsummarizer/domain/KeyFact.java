package dev.postsummarizer.domain;

/**
 * One key fact of a post.
 *
 * @param fact        the fact in the summarizer's words
 * @param evidence    a verbatim quote from the post's text that supports it
 * @param attribution who the text says made the claim (e.g. "the National Unity Government"), or null when the
 *                    post states it in its own voice
 */
public record KeyFact(String fact, String evidence, String attribution) {

    public KeyFact {
        attribution = attribution == null || attribution.isBlank() ? null : attribution.strip();
    }

    /** A fact stated by the post itself, with no attribution. */
    public KeyFact(String fact, String evidence) {
        this(fact, evidence, null);
    }
}
