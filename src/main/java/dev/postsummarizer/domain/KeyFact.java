package dev.postsummarizer.domain;

/**
 * One key fact of a post.
 *
 * @param fact     the fact in the summarizer's words
 * @param evidence a verbatim quote from the post's text that supports it
 */
public record KeyFact(String fact, String evidence) {
}
