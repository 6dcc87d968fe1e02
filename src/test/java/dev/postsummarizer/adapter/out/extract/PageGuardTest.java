package dev.postsummarizer.adapter.out.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import org.junit.jupiter.api.Test;

class PageGuardTest {

    private final JsoupContentExtractor extractor = new JsoupContentExtractor();

    @Test
    void readsTextUnderDeepButPlausibleNesting() {
        ExtractedPost post = extractor.extract(nested(PageGuard.MAX_NESTING / 2, "div"), "https://example.org/deep");
        assertTrue(post.text().contains("A deeply buried paragraph"), post.text());
    }

    @Test
    void refusesHundredThousandLevelsOfNestingWithoutOverflowingTheStack() {
        PermanentFailure failure = assertThrows(PermanentFailure.class,
                () -> extractor.extract(nested(100_000, "div"), "https://example.org/deeper"));
        assertEquals(FailureKind.TOO_LARGE, failure.kind());
        assertTrue(failure.getMessage().contains("levels deep"), failure.getMessage());
    }

    @Test
    void survivesHundredThousandLevelsOfSelfClosingNesting() {
        // <p> and <li> close themselves, so the pre-scan does not count them; the parser flattens them.
        ExtractedPost post = extractor.extract(nested(100_000, "li"), "https://example.org/lists");
        assertTrue(post.text().contains("A deeply buried paragraph"), post.text());
    }

    private static String nested(int depth, String tag) {
        return "<html><body>" + ("<" + tag + ">").repeat(depth)
                + "<p>A deeply buried paragraph, still text a reader would want, with commas, and words.</p>"
                + ("</" + tag + ">").repeat(depth) + "</body></html>";
    }

    @Test
    void refusesPagesWithTooManyElements() {
        String html = "<html><body>" + "<span>x</span>".repeat(PageGuard.MAX_ELEMENTS + 1) + "</body></html>";
        PermanentFailure failure = assertThrows(PermanentFailure.class,
                () -> extractor.extract(html, "https://example.org/huge"));
        assertEquals(FailureKind.TOO_LARGE, failure.kind());
        assertTrue(failure.getMessage().contains("elements"), failure.getMessage());
    }

    @Test
    void emptyAndNullPagesGiveNoText() {
        assertEquals("", extractor.extract("", "https://example.org/empty").text());
        assertEquals("", extractor.extract(null, "https://example.org/null").text());
        assertEquals("", extractor.extract("<script>alert(1)</script>", "https://example.org/js").text());
    }
}
