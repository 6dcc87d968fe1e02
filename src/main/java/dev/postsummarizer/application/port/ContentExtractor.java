package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.ExtractedPost;

/** Extracts a post's metadata and main text from HTML. A pure function of its input: it never fetches. */
public interface ContentExtractor {

    ExtractedPost extract(String html, String url);
}
