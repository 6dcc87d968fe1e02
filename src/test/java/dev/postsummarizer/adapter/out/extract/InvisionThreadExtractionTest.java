package dev.postsummarizer.adapter.out.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Invision Community thread carrying the Irrawaddy story (shared/examples): the story, no chrome. */
class InvisionThreadExtractionTest {

    private static final String URL =
            "https://forum.thaivisa.com/topic/1359671-myanmar-junta-chief-defies-arrest-warrant-with-moscow-visit/";

    private static ExtractedPost post;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = InvisionThreadExtractionTest.class.getResourceAsStream("/pages/invision-thread.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            post = new JsoupContentExtractor().extract(html, URL);
        }
    }

    @Test
    void readsTheOpeningPostAsTheMainText() {
        String text = post.text();
        assertTrue(text.startsWith("The Irrawaddy"), text);
        assertTrue(text.contains("Myanmar’s military leader, Min Aung Hlaing, is travelling to Moscow"), text);
        assertTrue(text.contains("282 airstrikes since 28 March, killing at least 276 people, including 31 children"));
        assertTrue(text.contains("Volodymyr Zelenskyy has meanwhile warned"));
        assertTrue(text.endsWith("-2025-05-07"), text);
        assertEquals(9, post.paragraphs().size(), post.paragraphs().toString());
    }

    @Test
    void leavesOutTheForumChrome() {
        String text = post.text();
        for (String chrome : List.of("Create an account", "sign in to comment", "Recommended Posts", "Like",
                "Recently Browsing", "No registered users", "Share this post", "Sign In", "Sign Up", "Report",
                "Jump to content", "ThaiVisa, it's also in French", "Followers", "cookies", "Super Moderator",
                "48.2k", "Posted", "logo.jpg", "Junta-boss-and-Putin", "Birds of a feather")) {
            assertFalse(text.contains(chrome), () -> "chrome '" + chrome + "' leaked into: " + text);
        }
    }

    @Test
    void returnsEveryPostWithAuthorAndTimeOpeningPostFirst() {
        List<ForumPost> posts = post.posts();
        assertEquals(3, posts.size());
        assertEquals(new ForumPost("Social Media", "2025-05-07T04:02:11Z", post.text(), true), posts.get(0));
        assertEquals("Hanuman Bridge", posts.get(1).author());
        assertEquals("Birds of a feather. Neither of them will be travelling to The Hague any time soon.",
                posts.get(1).text());
        assertFalse(posts.get(1).opening());
        assertEquals("Chiang Mai Dave", posts.get(2).author());
        assertEquals("2025-05-07T06:03:12Z", posts.get(2).publishedAt());
        // The quoted opening post and the signature are not the replier's own words.
        assertEquals("Five visits in four years and still no meeting with Xi. That says more about Beijing than about Moscow.",
                posts.get(2).text());
    }

    @Test
    void readsTheMetadata() {
        assertEquals("Myanmar Junta Chief Defies Arrest Warrant with Moscow Visit", post.title());
        assertEquals(URL, post.canonicalUrl());
        assertEquals("Social Media", post.author());
        assertEquals("ThaiVisa Forum", post.siteName());
        assertEquals("2025-05-07T04:02:11+0000", post.publishedAt());
        assertEquals("en", post.language());
        assertTrue(post.isForumThread());
    }
}
