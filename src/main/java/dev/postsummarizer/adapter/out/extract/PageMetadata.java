package dev.postsummarizer.adapter.out.extract;

/** What a page says about itself; any field may be null. */
record PageMetadata(String title, String canonicalUrl, String author, String siteName, String publishedAt,
        String language) {
}
