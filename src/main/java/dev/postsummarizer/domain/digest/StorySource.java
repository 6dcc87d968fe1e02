package dev.postsummarizer.domain.digest;

/**
 * Another stored post telling the same story as a digest entry.
 *
 * @param outlet the outlet credited for it (its own site, or the original outlet of a repost)
 * @param url    link to that post; null unless http(s)
 * @param via    the site a repost was read on, or null
 */
public record StorySource(String outlet, String url, String via) {
}
