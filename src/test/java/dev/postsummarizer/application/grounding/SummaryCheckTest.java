package dev.postsummarizer.application.grounding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postsummarizer.testing.TestTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryCheckTest {

    private final SummaryCheck check = new SummaryCheck(NormalisedText.of(TestTexts.irrawaddyStory()),
            List.of("The Irrawaddy"));

    @Test
    void aFaithfulSummaryHasNothingUnsupported() {
        assertEquals(List.of(), check.unsupported("According to The Irrawaddy, Myanmar's military leader Min Aung "
                + "Hlaing is travelling to Moscow for Victory Day on 9 May despite an arrest warrant from an "
                + "Argentinian court. The National Unity Government reports 282 airstrikes since 28 March."));
    }

    @Test
    void inventedNumbersAndNamesAreFlagged() {
        assertEquals(List.of("number 300", "name Erdogan"),
                check.unsupported("Min Aung Hlaing met Erdogan after 300 airstrikes."));
    }

    @Test
    void theRepostSourceIsOnlySupportedWhenGivenAsContext() {
        assertEquals(List.of("name Irrawaddy"),
                new SummaryCheck(TestTexts.irrawaddyStory()).unsupported("According to The Irrawaddy, he travels."));
    }
}
