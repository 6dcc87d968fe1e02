package dev.postsummarizer.adapter.out.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.postsummarizer.application.TokenBudget;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.testing.ModelStubs;
import dev.postsummarizer.testing.TestTexts;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A post over the input budget: summarized in parts (map), combined (reduce), facts re-grounded. */
class LongPostSummaryTest {

    static final String COMBINED = "According to the post, Min Aung Hlaing is travelling to Moscow for Victory Day.";

    private final StubbedModel stub = new StubbedModel();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void eachPartIsSummarizedThenCombinedAndFactsAreGroundedInTheWholeText() {
        stub.budget = new TokenBudget(200, 4.0);
        stubParts(List.<String[]>of(OpenAiSummarizerTest.VISIT, OpenAiSummarizerTest.AIRSTRIKES,
                new String[] {"It is his 12th visit", "This marks Min Aung Hlaing’s fifth visit to Russia"}));
        stubReduce();

        Summary summary = stub.summarizer("openai", "test-model").summarize(StubbedModel.story());

        List<LoggedRequest> calls = calls();
        int parts = stub.budget.split(StubbedModel.story().paragraphs()).size();
        assertTrue(parts > 1);
        assertEquals(parts + 1, calls.size(), "one call per part and one to combine");
        for (int i = 0; i < parts; i++) {
            String user = userMessage(calls.get(i));
            assertTrue(user.contains("part " + (i + 1) + " of " + parts), user);
            assertTrue(user.contains("<<<POST "), "each part is fenced");
        }
        String reduce = userMessage(calls.get(parts));
        assertTrue(reduce.contains("Part 1: part summary") && reduce.contains("<<<PARTS "), reduce);
        assertFalse(reduce.contains("282 airstrikes since 28 March"), "the reduce call gets summaries, not the text");

        assertEquals(COMBINED, summary.summary());
        assertEquals(List.of(OpenAiSummarizerTest.VISIT[1], OpenAiSummarizerTest.AIRSTRIKES[1]),
                summary.keyFacts().stream().map(KeyFact::evidence).toList(), "facts de-duplicated across parts");
        assertEquals(1, summary.droppedFacts(), "the wrong count is dropped once");
        assertEquals(100L * (parts + 1), summary.inputTokens(), "tokens of every call are counted");
    }

    @Test
    void aForumThreadsOpeningPostIsTheFirstPart() {
        stub.budget = new TokenBudget(300, 4.0);
        stubParts(List.<String[]>of(OpenAiSummarizerTest.VISIT));
        stubReduce();
        String story = TestTexts.irrawaddyStory();
        String reply = "Replying here: nobody I know in Moscow has heard of this visit at all, to be honest.";
        String text = story + "\n\n" + reply;
        ExtractedPost thread = new ExtractedPost("https://forum.example/t/1", null, "Title", null, "Forum", null,
                "en", Arrays.asList(text.split("\n\n")),
                List.of(new ForumPost("news", null, story, true), new ForumPost("reader", null, reply, false)));

        stub.summarizer("openai", "test-model").summarize(thread);

        List<LoggedRequest> calls = calls();
        assertTrue(userMessage(calls.get(0)).contains("Myanmar’s military leader"), "the opening post comes first");
        assertTrue(userMessage(calls.get(calls.size() - 2)).contains("Replying here"), "the reply comes last");
        String system = StubbedModel.body(calls.get(0)).at("/messages/0/content").asText();
        assertTrue(system.contains("In the discussion,"), "replies are summarized as discussion");
    }

    private void stubParts(List<String[]> facts) {
        stub.server.stubFor(post(urlPathEqualTo(OpenAiSummarizerTest.COMPLETIONS))
                .withRequestBody(containing("<<<POST "))
                .willReturn(OpenAiSummarizerTest.ok(ModelStubs.openAiCompletion(
                        ModelStubs.answer("part summary", facts, "en", List.of("Myanmar")), 100, 20))));
    }

    private void stubReduce() {
        stub.server.stubFor(post(urlPathEqualTo(OpenAiSummarizerTest.COMPLETIONS))
                .withRequestBody(containing("<<<PARTS "))
                .willReturn(OpenAiSummarizerTest.ok(ModelStubs.openAiCompletion(
                        ModelStubs.answer(COMBINED, List.of(), "en", List.of("Myanmar", "Russia")), 100, 30))));
    }

    private List<LoggedRequest> calls() {
        return stub.server.findAll(postRequestedFor(urlPathEqualTo(OpenAiSummarizerTest.COMPLETIONS)));
    }

    private static String userMessage(LoggedRequest request) {
        return StubbedModel.body(request).at("/messages/1/content").asText();
    }
}
