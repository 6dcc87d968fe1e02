package dev.postsummarizer.domain;

import java.util.List;

/**
 * What extraction found on a page: metadata and the post's main text. Metadata fields are null when the
 * page does not give them.
 *
 * @param paragraphs the main text as paragraphs, in reading order; for a forum thread the opening post first
 * @param posts      for forum threads, each post with its author and time (opening post first); empty otherwise
 */
public record ExtractedPost(
        String url,
        String canonicalUrl,
        String title,
        String author,
        String siteName,
        String publishedAt,
        String language,
        List<String> paragraphs,
        List<ForumPost> posts) {

    public ExtractedPost {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    /** The joined main text the summarizer reads: paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    public boolean isForumThread() {
        return !posts.isEmpty();
    }

    public int wordCount() {
        int count = 0;
        for (String paragraph : paragraphs) {
            for (String token : paragraph.split("\\s+")) {
                if (!token.isEmpty()) {
                    count++;
                }
            }
        }
        return count;
    }
}
