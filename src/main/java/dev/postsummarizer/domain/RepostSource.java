package dev.postsummarizer.domain;

/**
 * The original outlet of a reposted story (a forum or blog post that reproduces an article).
 *
 * @param name        the outlet as credited, e.g. "The Irrawaddy"
 * @param url         link to the original, or null when the page gives none
 * @param publishedAt the original's date as credited (ISO date when it could be read), or null
 */
public record RepostSource(String name, String url, String publishedAt) {
}
