package dev.postsummarizer.application;

/**
 * A request to summarize one post.
 *
 * @param url      the post's URL (required)
 * @param html     the page's HTML when the caller already has it; null to fetch the URL
 * @param language BCP 47 language the summary should be written in; null for the configured default
 */
public record SummarizeCommand(String url, String html, String language) {

    public static SummarizeCommand ofUrl(String url) {
        return new SummarizeCommand(url, null, null);
    }
}
