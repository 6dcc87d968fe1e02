package dev.postsummarizer.application.grounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NeutralityLexiconTest {

    private final NeutralityLexicon lexicon = NeutralityLexicon.fromClasspath();

    @Test
    void everyKindInTheFileIsOneThisTestKnows() {
        Set<String> kinds = lexicon.terms().stream().map(NeutralityLexicon.Term::kind).collect(Collectors.toSet());
        assertEquals(Set.of("label", "verb", "motive", "manner", "intensifier"), kinds);
    }

    @Test
    void labelsAreFlaggedIncludingMultiWordOnes() {
        assertEquals(List.of("junta boss"), forms("The junta boss is expected to deepen ties."));
        assertEquals(List.of("strongman"), forms("The strongman arrived."));
    }

    @Test
    void verbsThatTakeSidesAreFlaggedInEveryForm() {
        assertEquals(List.of("defies"), forms("Myanmar's leader defies arrest warrant."));
        assertEquals(List.of("defied"), forms("He defied the court."));
        assertEquals(List.of("slams"), forms("Minister slams critics."));
    }

    @Test
    void imputedMotivesAreFlagged() {
        assertEquals(List.of("evading"), forms("He is using events to project legitimacy while evading accountability."));
    }

    @Test
    void mannerWordsAreFlagged() {
        assertEquals(List.of("undeterred"), forms("The general appears undeterred."));
        assertEquals(List.of("so-called"), forms("The so-called ceasefire held."));
    }

    @Test
    void intensifiersAreFlagged() {
        assertEquals(List.of("shocking"), forms("A shocking number of airstrikes."));
    }

    @Test
    void quotedAndAttributedWordsAreTheSourcesNotTheSummarys() {
        assertEquals(List.of(), forms("Observers quoted by The Irrawaddy say he appears \"undeterred\"."));
        assertEquals(List.of(), forms("The outlet called him the “junta boss”."));
        assertEquals(List.of(), forms("The outlet wrote that he ‘defies’ the court’s warrant."));
    }

    @Test
    void neutralWordingIsNotFlagged() {
        assertEquals(List.of(), forms("According to The Irrawaddy, Myanmar's military leader Min Aung Hlaing is "
                + "travelling to Moscow despite an arrest warrant issued by an Argentinian court."));
    }

    @Test
    void wordsContainingATermAreNotFlagged() {
        assertTrue(forms("The defiers club and the undeterredness test.").isEmpty());
    }

    @Test
    void eachTermIsReportedOnce() {
        assertEquals(List.of("defies"), forms("He defies them. She defies them too."));
    }

    private List<String> forms(String text) {
        return lexicon.flag(text).stream().map(NeutralityLexicon.Term::form).toList();
    }
}
