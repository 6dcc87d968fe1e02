package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.testing.TestTexts;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBudgetTest {

    @Test
    void spacedScriptsCountCharactersPerTokenAndDenseScriptsOneEach() {
        TokenBudget budget = new TokenBudget(100, 4.0);
        assertEquals(3, budget.estimate("twelve chars"));
        assertEquals(4, budget.estimate("東京都庁"));
    }

    @Test
    void aTextThatFitsIsOnePart() {
        List<String> paragraphs = paragraphs();
        assertEquals(List.of(String.join("\n\n", paragraphs)), new TokenBudget(100_000, 4.0).split(paragraphs));
    }

    @Test
    void partsAreCutBetweenParagraphsAndEachFits() {
        TokenBudget budget = new TokenBudget(200, 4.0);
        List<String> parts = budget.split(paragraphs());

        assertTrue(parts.size() > 1);
        for (String part : parts) {
            assertTrue(budget.fits(part), budget.estimate(part) + " tokens: " + part);
        }
        assertEquals(String.join("\n\n", paragraphs()), String.join("\n\n", parts), "nothing lost, order kept");
        assertTrue(parts.get(0).startsWith("Myanmar’s military leader"));
    }

    @Test
    void aParagraphLongerThanTheBudgetIsCutBetweenSentences() {
        TokenBudget budget = new TokenBudget(40, 4.0);
        String paragraph = paragraphs().get(2);
        List<String> parts = budget.split(List.of(paragraph));

        assertTrue(parts.size() > 1);
        for (String part : parts) {
            assertTrue(budget.fits(part));
            assertTrue(paragraph.contains(part), "a part is a span of the paragraph: " + part);
        }
    }

    @Test
    void aSentenceLongerThanTheBudgetIsCutBetweenWords() {
        TokenBudget budget = new TokenBudget(5, 4.0);
        List<String> parts = budget.split(List.of("one two three four five six seven eight nine ten eleven"));
        assertTrue(parts.size() >= 3);
        parts.forEach(part -> assertTrue(budget.fits(part), part));
    }

    private static List<String> paragraphs() {
        return Arrays.asList(TestTexts.irrawaddyStory().split("\n\n"));
    }
}
