package dev.postsummarizer.adapter.out.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.grounding.FactGrounding;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.grounding.Sentences;
import dev.postsummarizer.application.port.Summarizer.SummaryRequest;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.testing.TestTexts;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineSummarizerTest {

    private final NeutralityLexicon lexicon = NeutralityLexicon.fromClasspath();
    private final OfflineSummarizer summarizer = new OfflineSummarizer(lexicon);
    private final String story = TestTexts.irrawaddyStory();

    @Test
    void theSummaryIsSentencesOfTheTextWithinTheWordBudget() {
        Summary summary = summarizer.summarize(post(story));

        int words = summary.summary().split("\\s+").length;
        assertTrue(words >= 40 && words <= 125, words + " words: " + summary.summary());
        for (String sentence : Sentences.of(summary.summary())) {
            assertTrue(story.contains(sentence), "not from the text: " + sentence);
        }
        assertTrue(summary.summary().startsWith("Myanmar’s military leader"), "the lead is kept: " + summary.summary());
        assertEquals("offline/extractive-1", summary.model());
        assertEquals(0, summary.inputTokens());
        assertFalse(summary.degraded());
    }

    @Test
    void sentencesWithLoadedTermsAreAvoided() {
        Summary summary = summarizer.summarize(post(story));
        assertEquals(List.of(), lexicon.flag(summary.summary()), summary.summary());
    }

    @Test
    void keyFactsAreVerbatimSentencesThatPassGrounding() {
        Summary summary = summarizer.summarize(post(story));

        assertTrue(summary.keyFacts().size() >= 3 && summary.keyFacts().size() <= 8, summary.keyFacts().toString());
        FactGrounding.Report report = new FactGrounding(story).check(summary.keyFacts());
        assertEquals(0, report.dropped(), report.failures().toString());
        assertTrue(summary.keyFacts().stream().map(KeyFact::evidence).anyMatch(e -> e.contains("282 airstrikes")));
    }

    @Test
    void keyFactsPreferSentencesWithoutLoadedTerms() {
        Summary summary = summarizer.summarize(post(story));
        assertTrue(summary.keyFacts().stream().noneMatch(f -> f.evidence().contains("junta boss")),
                summary.keyFacts().toString());
    }

    @Test
    void topicsAreTheMostMentionedNames() {
        Summary summary = summarizer.summarize(post(story));
        assertTrue(summary.topics().contains("Moscow"), summary.topics().toString());
    }

    @Test
    void aRepostIsCreditedToItsSource() {
        Summary summary = summarizer.summarize(new SummaryRequest(post(story),
                new RepostSource("The Irrawaddy", null, null), null));
        assertTrue(summary.summary().startsWith("According to The Irrawaddy, Myanmar’s military leader"),
                summary.summary());
    }

    @Test
    void aTargetLanguageItCannotWriteIsDeclinedOnTheRecord() {
        Summary german = summarizer.summarize(new SummaryRequest(post(story), null, "de"));
        assertEquals("en", german.language(), "the summary stays in the post's language");
        assertEquals(List.of("language en kept: the offline summarizer cannot translate to de"), german.unsupported());

        Summary english = summarizer.summarize(new SummaryRequest(post(story), null, "en-GB"));
        assertEquals(List.of(), english.unsupported());
    }

    @Test
    void aForumThreadIsSummarizedFromItsOpeningPost() {
        String reply = "I think the visit is pointless and nobody in Moscow cares about it at all.";
        String text = story + "\n\n" + reply;
        ExtractedPost thread = new ExtractedPost("https://forum.example/t/1", null, "Title", null, "Forum", null,
                "en", Arrays.asList(text.split("\n\n")),
                List.of(new ForumPost("news", null, story, true), new ForumPost("reader", null, reply, false)));

        Summary summary = summarizer.summarize(thread);

        assertFalse(summary.summary().contains("pointless"), summary.summary());
        assertTrue(summary.keyFacts().stream().noneMatch(f -> f.evidence().contains("pointless")));
    }

    @Test
    void aShortPostIsSummarizedWhole() {
        Summary summary = summarizer.summarize(post("The bridge on Route 9 reopened on Monday after 3 weeks of repairs."));
        assertEquals("The bridge on Route 9 reopened on Monday after 3 weeks of repairs.", summary.summary());
        assertEquals(1, summary.keyFacts().size());
    }

    @Test
    void sentencesSplitOnSentenceEndsButNotAbbreviations() {
        assertEquals(List.of("The U.K. activists met Mr. Smith in London.", "“They left,” he said.", "It rained!"),
                Sentences.of("The U.K. activists met Mr. Smith in London. “They left,” he said. It rained!"));
    }

    private static ExtractedPost post(String text) {
        return new ExtractedPost("https://news.example/a", null, "A title", null, "News", null, "en",
                Arrays.asList(text.split("\n\n")), List.of());
    }
}
