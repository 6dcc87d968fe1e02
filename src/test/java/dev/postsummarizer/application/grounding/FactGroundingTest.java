package dev.postsummarizer.application.grounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.testing.TestTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactGroundingTest {

    private final FactGrounding grounding = new FactGrounding(TestTexts.irrawaddyStory());

    @Test
    void aVerbatimQuoteWithTheFactsNumbersIsKept() {
        KeyFact fact = new KeyFact("282 airstrikes since 28 March killed at least 276 people",
                "the military has carried out 282 airstrikes since 28 March, killing at least 276 people");
        assertNull(grounding.problem(fact));
    }

    @Test
    void straightQuotesDashesAndLineBreaksDoNotMatter() {
        // the text has a curly apostrophe, an em dash without spaces and single spaces
        KeyFact fact = new KeyFact("Min Aung Hlaing goes to Moscow on 9 May",
                "Myanmar's military leader, Min Aung Hlaing, is travelling to Moscow to attend Russia's\n"
                        + "Victory Day celebrations on 9 May - despite");
        assertNull(grounding.problem(fact));
    }

    @Test
    void caseDoesNotMatterForTheQuote() {
        assertNull(grounding.problem(new KeyFact("Putin invited him",
                "invited by Russian President Vladimir Putin")));
    }

    @Test
    void evidenceThatIsNotInTheTextIsDropped() {
        String problem = grounding.problem(new KeyFact("He met Xi Jinping",
                "Min Aung Hlaing met Chinese President Xi Jinping in Moscow"));
        assertTrue(problem.contains("not a verbatim quote"), problem);
    }

    @Test
    void aNumberMissingFromTheEvidenceDropsTheFact() {
        String problem = grounding.problem(new KeyFact("This is his 12th visit to Russia",
                "This marks Min Aung Hlaing’s fifth visit to Russia"));
        assertTrue(problem.contains("12"), problem);
    }

    @Test
    void numberWordsAndDigitsAreTheSameNumber() {
        assertNull(grounding.problem(new KeyFact("It is his 5th visit to Russia",
                "This marks Min Aung Hlaing’s fifth visit to Russia")));
    }

    @Test
    void aChangedDateIsCaught() {
        String problem = grounding.problem(new KeyFact("Airstrikes since 29 March",
                "282 airstrikes since 28 March"));
        assertTrue(problem.contains("29"), problem);
    }

    @Test
    void aNameMissingFromEvidenceAndItsSentenceDropsTheFact() {
        String problem = grounding.problem(new KeyFact("Xi Jinping invited him",
                "Invited by Russian President Vladimir Putin"));
        assertTrue(problem.contains("Xi") || problem.contains("Jinping"), problem);
    }

    @Test
    void whoReportedAClaimMayBeNamedInTheSameSentenceOrByAcronym() {
        assertNull(grounding.problem(new KeyFact("The NUG counts 282 airstrikes",
                "the military has carried out 282 airstrikes")));
        assertNull(grounding.problem(new KeyFact("The National Unity Government counts 282 airstrikes",
                "the military has carried out 282 airstrikes")));
    }

    @Test
    void demonymsAndPossessivesMatchTheirName() {
        assertNull(grounding.problem(new KeyFact("Ukraine's president warned about safety",
                "Ukrainian President Volodymyr Zelenskyy has meanwhile warned")));
    }

    @Test
    void anAttributionCarriesNamesAndNumbersTheEvidenceLacks() {
        KeyFact fact = new KeyFact("Observers say Min Aung Hlaing seeks legitimacy",
                "is using international events to project legitimacy", "Observers");
        assertNull(grounding.problem(fact));
    }

    @Test
    void anAttributionToSomeoneTheTextNeverMentionsIsDropped() {
        String problem = grounding.problem(new KeyFact("Reuters says he seeks legitimacy",
                "is using international events to project legitimacy", "Reuters"));
        assertTrue(problem.contains("Reuters"), problem);
    }

    @Test
    void emptyFactsAndEvidenceAreDropped() {
        assertTrue(grounding.problem(new KeyFact(" ", "on 9 May")).contains("empty"));
        assertTrue(grounding.problem(new KeyFact("a fact", "")).contains("no evidence"));
    }

    @Test
    void theReportKeepsOrderAndCountsDrops() {
        FactGrounding.Report report = grounding.check(List.of(
                new KeyFact("Leaders from China, India and Brazil will attend",
                        "Leaders from China, India, and Brazil are also scheduled to attend"),
                new KeyFact("He visited 12 times", "his second this year alone"),
                new KeyFact("He has never met Xi Jinping", "He has never met Chinese President Xi Jinping")));
        assertEquals(2, report.kept().size());
        assertEquals(1, report.dropped());
        assertEquals("He visited 12 times", report.failures().get(0).fact().fact());
    }
}
