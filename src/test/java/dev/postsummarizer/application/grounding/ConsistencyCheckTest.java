package dev.postsummarizer.application.grounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.testing.TestTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

    private final ConsistencyCheck check = new ConsistencyCheck(TestTexts.irrawaddyStory());

    @Test
    void aFaithfulParaphraseHasNoProblems() {
        assertEquals(List.of(), check.problems("Min Aung Hlaing is travelling to Moscow for Victory Day on 9 May. "
                + "He has never met Chinese President Xi Jinping. The NUG reports 282 airstrikes since 28 March."));
    }

    @Test
    void aNumberBesideAnotherWordIsFlagged() {
        // the text's five is his fifth visit; "five children" pairs the number with something else
        assertEquals(List.of("number 5 children"), check.problems("Min Aung Hlaing has five children."));
    }

    @Test
    void anInsertedNegationIsFlagged() {
        List<String> problems = check.problems("Leaders from China, India and Brazil are not scheduled to attend.");
        assertTrue(problems.get(0).startsWith("negates what the text asserts"), problems.toString());
    }

    @Test
    void aRemovedNegationIsFlagged() {
        List<String> problems = check.problems("He has met Chinese President Xi Jinping.");
        assertTrue(problems.get(0).startsWith("asserts what the text negates"), problems.toString());
    }

    @Test
    void anImplicitNegationInTheTextMatchesAnExplicitOne() {
        ConsistencyCheck pizza = new ConsistencyCheck(
                "The boss admitted the company failed to get the balance right when it raised prices.");
        assertEquals(List.of(), pizza.problems("The boss said the company did not get the balance right."));
    }
}
