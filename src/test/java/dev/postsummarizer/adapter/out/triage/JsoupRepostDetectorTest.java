package dev.postsummarizer.adapter.out.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.port.RepostDetector.Repost;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsoupRepostDetectorTest {

    private static final String P1 = "Myanmar’s military leader, Min Aung Hlaing, is travelling to Moscow to attend "
            + "Russia’s Victory Day celebrations on 9 May.";
    private static final String P2 = "This marks Min Aung Hlaing’s fifth visit to Russia since seizing power in the "
            + "2021 coup, and his second this year alone.";
    private static final String P3 = "The civilian National Unity Government reports the military has carried out "
            + "282 airstrikes since 28 March, killing at least 276 people, including 31 children.";

    private final JsoupRepostDetector detector = new JsoupRepostDetector();

    @Test
    void creditLineFirstAndCreditDateLastInAForumPost() {
        String opening = String.join("\n\n", "The Irrawaddy", P1, P2, P3, "-2025-05-07");
        ExtractedPost post = forum(opening, "Nice to see some news here.");

        Repost repost = detector.detect("<html><body></body></html>", post).orElseThrow();

        assertEquals("The Irrawaddy", repost.source().name());
        assertEquals("2025-05-07", repost.source().publishedAt());
        assertNull(repost.source().url());
        String text = repost.post().text();
        assertFalse(text.contains("The Irrawaddy"), text);
        assertFalse(text.contains("2025-05-07"), text);
        assertTrue(text.startsWith(P1), text);
        assertEquals(String.join("\n\n", P1, P2, P3), repost.post().posts().get(0).text());
        assertEquals("Nice to see some news here.", repost.post().posts().get(1).text(), "replies untouched");
    }

    @Test
    void creditLineConfirmedByALinkGetsTheUrl() {
        String html = "<html><body><div class='post'><p><a href='https://www.irrawaddy.com/news/x.html'>The Irrawaddy</a>"
                + "</p><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>";
        Repost repost = detector.detect(html, article("The Irrawaddy", P1, P2)).orElseThrow();

        assertEquals("https://www.irrawaddy.com/news/x.html", repost.source().url());
        assertEquals(List.of(P1, P2), repost.post().paragraphs());
    }

    @Test
    void sourceLinkLast() {
        String html = "<html><body><p>" + P1 + "</p><p>" + P2 + "</p><p>Source: <a href='https://www.bangkokpost.com/world/123'>"
                + "Bangkok Post</a></p></body></html>";
        Repost repost = detector.detect(html, article(P1, P2, "Source: Bangkok Post")).orElseThrow();

        assertEquals("Bangkok Post", repost.source().name());
        assertEquals("https://www.bangkokpost.com/world/123", repost.source().url());
        assertEquals(List.of(P1, P2), repost.post().paragraphs());
    }

    @Test
    void sourceGivenAsABareUrlIsNamedByItsHost() {
        Repost repost = detector.detect("", article(P1, P2, "Source: https://www.reuters.com/world/asia/story-1"))
                .orElseThrow();

        assertEquals("reuters.com", repost.source().name());
        assertEquals("https://www.reuters.com/world/asia/story-1", repost.source().url());
    }

    @Test
    void quotedBlockInsideThePostCreditedByTheLineBeforeIt() {
        String story = String.join(" ", P1, P2, P3, P1, P2);
        String html = "<html><body><div class='post'><p>Frontier Myanmar reports:</p><blockquote>" + story
                + "</blockquote><p>Thoughts?</p></div></body></html>";
        ExtractedPost post = forum("Frontier Myanmar reports:\n\n" + story + "\n\nThoughts?", "No.");

        Repost repost = detector.detect(html, post).orElseThrow();

        assertEquals("Frontier Myanmar", repost.source().name());
        assertFalse(repost.post().posts().get(0).text().contains("reports:"));
    }

    @Test
    void quotedBlockCreditedByItsCiteAttribute() {
        String story = String.join(" ", P1, P2, P3, P1, P2);
        String html = "<html><body><blockquote cite='https://www.mizzima.com/article/abc'>" + story
                + "</blockquote></body></html>";
        Repost repost = detector.detect(html, article(story, "What do you make of it?")).orElseThrow();

        assertEquals("mizzima.com", repost.source().name());
        assertEquals("https://www.mizzima.com/article/abc", repost.source().url());
    }

    @Test
    void anOrdinaryArticleIsNotARepost() {
        Optional<Repost> repost = detector.detect("<html><body><h2>Analysis</h2></body></html>",
                article("Analysis", P1, P2, P3));
        assertTrue(repost.isEmpty(), "a subheading without a credit date or link is not a credit");
    }

    @Test
    void aSentenceIsNeverACreditLine() {
        assertTrue(detector.detect("", article("The Irrawaddy reported on Tuesday.", P1, "-2025-05-07")).isEmpty());
    }

    private static ExtractedPost article(String... paragraphs) {
        return new ExtractedPost("https://blog.example.org/p", null, "T", null, "Blog", null, "en",
                List.of(paragraphs), List.of());
    }

    private static ExtractedPost forum(String opening, String reply) {
        List<ForumPost> posts = List.of(new ForumPost("poster", "2025-05-07T08:00:00Z", opening, true),
                new ForumPost("member", "2025-05-07T09:00:00Z", reply, false));
        return new ExtractedPost("https://forum.example.org/topic/1/", null, "T", "poster", "Forum", null, "en",
                List.of(opening.split("\n\n")), posts);
    }
}
