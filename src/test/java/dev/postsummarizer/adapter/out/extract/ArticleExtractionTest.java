package dev.postsummarizer.adapter.out.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.domain.ExtractedPost;
import org.junit.jupiter.api.Test;

/** Articles: the body by DOM scoring, boilerplate dropped, metadata from OpenGraph/meta and JSON-LD. */
class ArticleExtractionTest {

    private static final String BODY = """
            <p>The city council voted on Tuesday to expand the bus network, adding four routes, two depots,
            and a night service that runs until three in the morning, according to the transport office.</p>
            <p>Officials said the plan would cost about 40 million euros over five years, paid from fuel taxes,
            parking fees, and a grant from the regional government, which approved it last month.</p>
            <p>Residents of the northern districts, who have waited years for better connections, welcomed
            the decision, while shop owners worried about roadworks, noise, and fewer parking spaces.</p>
            """;

    private static final String PAGE = """
            <html lang="de"><head><title>Council expands bus network | City Post</title>
            <meta property="og:site_name" content="City Post">
            <meta name="author" content="Anna Weber">
            <meta property="article:published_time" content="2024-03-05T10:00:00Z">
            <link rel="canonical" href="https://citypost.example/news/bus-network">
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <main><article class="post">
              <h1>Council expands bus network</h1>
              <div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a></div>
              <div class="entry-content">%s</div>
              <div class="newsletter-box"><p>Subscribe to our newsletter for the latest news, every morning, free.</p></div>
            </article></main>
            <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Something else entirely happened</a></li>
              <li><a href="/b">Another story that is not this one</a></li></ul></aside>
            <footer class="site-footer"><p>© City Post 2024. All rights reserved. Imprint, privacy, contact.</p></footer>
            </body></html>
            """.formatted(BODY);

    @Test
    void keepsTheBodyAndDropsTheBoilerplate() {
        ExtractedPost post = new JsoupContentExtractor().extract(PAGE, "https://citypost.example/news/bus-network?utm_source=x");
        String text = post.text();
        assertTrue(text.contains("The city council voted on Tuesday"), text);
        assertTrue(text.contains("about 40 million euros"), text);
        assertTrue(text.contains("fewer parking spaces."), text);
        for (String chrome : new String[] {"cookies", "Share on Facebook", "Subscribe", "Most read",
                "Something else", "All rights reserved", "Sport"}) {
            assertFalse(text.contains(chrome), () -> "'" + chrome + "' leaked into: " + text);
        }
        assertFalse(post.isForumThread());
    }

    @Test
    void readsMetadataFromMetaTags() {
        ExtractedPost post = new JsoupContentExtractor().extract(PAGE, "https://citypost.example/news/bus-network");
        assertEquals("Council expands bus network", post.title());
        assertEquals("Anna Weber", post.author());
        assertEquals("City Post", post.siteName());
        assertEquals("2024-03-05T10:00:00Z", post.publishedAt());
        assertEquals("de", post.language());
        assertEquals("https://citypost.example/news/bus-network", post.canonicalUrl());
    }

    @Test
    void prefersJsonLdArticleBodyWhenTheDomHasLittle() {
        String page = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Rendered by script",
                 "author":{"@type":"Person","name":"Li Wei"},"datePublished":"2024-01-02",
                 "articleBody":"%s"}]}
                </script></head><body><div id="app">Loading…</div></body></html>
                """.formatted(BODY.replace("\n", " ").replace("<p>", "").replace("</p>", "\\n\\n"));
        ExtractedPost post = new JsoupContentExtractor().extract(page, "https://example.org/spa");
        assertEquals("Rendered by script", post.title());
        assertEquals("Li Wei", post.author());
        assertEquals("2024-01-02", post.publishedAt());
        assertEquals(3, post.paragraphs().size(), post.paragraphs().toString());
        assertTrue(post.paragraphs().get(0).startsWith("The city council voted"));
    }
}
