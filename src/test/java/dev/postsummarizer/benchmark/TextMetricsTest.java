package dev.postsummarizer.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.benchmark.TextMetrics.Prf;
import dev.postsummarizer.benchmark.TextMetrics.ShingleMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    private static final double EPS = 1e-9;

    @Test
    void shinglesOfAKnownPair() {
        // Reference: 6 tokens -> 3 shingles (a b c d, b c d e, c d e f). Prediction: 5 tokens -> 2 shingles
        // (a b c d, b c d x): 1 in common. tp=1, fp=1, fn=2, normalised by 4.
        ShingleMatch match = TextMetrics.shingles("a b c d e f", "a, b. c d x");
        assertEquals(0.25, match.tp(), EPS);
        assertEquals(0.25, match.fp(), EPS);
        assertEquals(0.5, match.fn(), EPS);
        assertEquals(0.5, match.precision(), EPS);
        assertEquals(1 / 3.0, match.recall(), EPS);
    }

    @Test
    void shinglesKeepCaseAndUnicodeWords() {
        assertEquals(1, TextMetrics.shingles("Grüße aus Köln heute", "Grüße aus Köln heute").precision(), EPS);
        assertEquals(0, TextMetrics.shingles("Grüße aus Köln heute", "grüße aus köln heute").tp(), EPS);
    }

    @Test
    void emptyPredictionHasNoPrecisionAndZeroRecall() {
        ShingleMatch match = TextMetrics.shingles("one two three four five", "");
        // No predicted shingles: the page is left out of the precision mean, and its recall is 0.
        assertTrue(Double.isNaN(match.precision()));
        assertEquals(0, match.recall(), EPS);
    }

    @Test
    void macroMeansSkipUndefinedPagesAndF1IsOfTheMeans() {
        Prf prf = TextMetrics.shingleMeans(List.of(
                new ShingleMatch(0.5, 0.5, 0), // P 0.5, R 1
                new ShingleMatch(0, 0, 1)));   // P undefined, R 0
        assertEquals(0.5, prf.precision(), EPS);
        assertEquals(0.5, prf.recall(), EPS);
        assertEquals(0.5, prf.f1(), EPS);
    }

    @Test
    void bagOfWordsIsLowerCasedMultisetOverlap() {
        // Reference words: the, cat, sat, the, mat (5). Predicted: The, cat, the, the, dog (5). Overlap: the×2, cat = 3.
        Prf prf = TextMetrics.bagOfWords("The cat sat on? no: the mat", "The cat, the the dog");
        assertEquals(3 / 5.0, prf.precision(), EPS);
        assertEquals(3 / 7.0, prf.recall(), EPS);
        assertEquals(2 * 0.6 * (3 / 7.0) / (0.6 + 3 / 7.0), prf.f1(), EPS);
        assertEquals(new Prf(1, 1, 1), TextMetrics.bagOfWords("", ""));
        assertEquals(0, TextMetrics.bagOfWords("words here", "").f1(), EPS);
    }

    @Test
    void snippetsMatchAsWordSequences() {
        assertTrue(TextMetrics.containsSnippet("He said: \"Hello,  World!\" and left.", "hello world and"));
        assertFalse(TextMetrics.containsSnippet("Hello worldwide", "hello world"));
        assertFalse(TextMetrics.containsSnippet("anything", ""));
    }

    @Test
    void bothEmptyPagesCountNowhere() {
        ShingleMatch match = TextMetrics.shingles("", "");
        assertTrue(Double.isNaN(match.precision()));
        assertTrue(Double.isNaN(match.recall()));
    }
}
