package dev.postsummarizer.domain;

/**
 * The decision that a page is not the post.
 *
 * @param reason  the kind of page it is
 * @param message a short human explanation naming what was seen
 */
public record PageVerdict(SkipReason reason, String message) {
}
