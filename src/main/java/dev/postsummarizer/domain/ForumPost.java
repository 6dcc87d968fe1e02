package dev.postsummarizer.domain;

/**
 * One post of a forum thread, in page order.
 *
 * @param author      display name of the poster, or null when the page does not say
 * @param publishedAt ISO-8601 time as the page gives it, or null
 * @param text        the post's own text (no signature, no quoted replies), paragraphs separated by blank lines
 * @param opening     true for the thread's opening post
 */
public record ForumPost(String author, String publishedAt, String text, boolean opening) {
}
