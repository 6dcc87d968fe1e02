package dev.postsummarizer.application.grounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimTermsTest {

    @Test
    void numbersAreCanonical() {
        ClaimTerms terms = ClaimTerms.of("He paid 1,200 dollars on 05 May, the 12th time, 3.50 each, three times.");
        assertEquals(Set.of("1200", "5", "12", "3.5", "3"), terms.numbers());
    }

    @Test
    void namesSkipOrdinarySentenceOpeners() {
        ClaimTerms terms = ClaimTerms.of("The visit comes amid violence. Leaders from China attend. "
                + "Vladimir Putin invited him. He met the NUG.");
        assertEquals(Set.of("China", "Vladimir", "Putin", "NUG"), terms.names());
    }

    @Test
    void possessivesAreStripped() {
        assertTrue(ClaimTerms.of("It is Min Aung Hlaing’s fifth visit").names().contains("Hlaing"));
    }

    @Test
    void aDotAfterAnAbbreviationDoesNotStartASentence() {
        // "Dr." does not end the sentence, so "Smith" is not a sentence opener and counts as a name on its own
        assertEquals(Set.of("Smith"), ClaimTerms.of("the talk by Dr. Smith was long").names());
    }
}
