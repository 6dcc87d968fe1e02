package dev.postsummarizer.adapter.out.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.postsummarizer.application.port.Summarizer.SummaryRequest;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.Summary;
import dev.postsummarizer.testing.ModelStubs;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LangChain4j summarizer with the openai provider against an OpenAI-compatible stub. */
class OpenAiSummarizerTest {

    static final String COMPLETIONS = "/v1/chat/completions";
    static final String NEUTRAL_SUMMARY = "Myanmar's military leader Min Aung Hlaing is travelling to Moscow for "
            + "Victory Day celebrations on 9 May despite an arrest warrant from an Argentinian court.";
    static final String[] VISIT = {"Min Aung Hlaing is travelling to Moscow for Victory Day on 9 May",
            "Min Aung Hlaing, is travelling to Moscow to attend Russia’s Victory Day celebrations on 9 May"};
    static final String[] AIRSTRIKES = {"282 airstrikes since 28 March killed at least 276 people",
            "the military has carried out 282 airstrikes since 28 March, killing at least 276 people"};
    static final String[] WRONG_COUNT = {"It is his 12th visit to Russia",
            "This marks Min Aung Hlaing’s fifth visit to Russia"};
    static final String[] INVENTED = {"He met Xi Jinping in Moscow", "Min Aung Hlaing met Xi Jinping in Moscow"};

    private final StubbedModel stub = new StubbedModel();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void oneCallFencesTheTextAsksForTheSchemaAndKeepsGroundedFacts() {
        answer(ModelStubs.answer(NEUTRAL_SUMMARY, List.of(VISIT, AIRSTRIKES, WRONG_COUNT), "en",
                List.of("Myanmar", "Russia")));

        Summary summary = stub.summarizer("openai", "test-model").summarize(StubbedModel.story());

        assertEquals(1, calls().size());
        JsonNode request = StubbedModel.body(calls().get(0));
        String system = request.at("/messages/0/content").asText();
        String user = request.at("/messages/1/content").asText();
        Matcher fence = Pattern.compile("<<<POST ([0-9a-f]{16})>>>").matcher(user);
        assertTrue(fence.find(), user);
        assertTrue(user.contains("<<<END " + fence.group(1) + ">>>"), "the fence is closed with the same token");
        assertTrue(system.contains(fence.group(1)), "the instructions name the fence token");
        assertTrue(user.contains("282 airstrikes since 28 March"), "the text is sent verbatim");
        assertEquals("json_schema", request.at("/response_format/type").asText());
        assertEquals(0.0, request.path("temperature").asDouble());

        assertEquals(2, summary.keyFacts().size());
        assertEquals(1, summary.droppedFacts());
        assertEquals("openai/test-model", summary.model());
        assertTrue(summary.promptVersion().matches("summarize-[0-9a-f]{8}"), summary.promptVersion());
        assertEquals(1200, summary.inputTokens());
        assertEquals(180, summary.outputTokens());
        assertEquals(List.of(), summary.unsupported());
        assertFalse(summary.degraded());
    }

    @Test
    void aFenceTokenIsFreshForEveryRequest() {
        answer(ModelStubs.answer(NEUTRAL_SUMMARY, List.of(VISIT, AIRSTRIKES), "en", List.of("Myanmar")));
        var summarizer = stub.summarizer("openai", "test-model");
        summarizer.summarize(StubbedModel.story());
        summarizer.summarize(StubbedModel.story());
        String first = StubbedModel.body(calls().get(0)).at("/messages/1/content").asText();
        String second = StubbedModel.body(calls().get(1)).at("/messages/1/content").asText();
        assertFalse(first.equals(second), "the same post is fenced with a new token each time");
    }

    @Test
    void invalidJsonGetsOneRepairThenFailsPermanently() {
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(ok(
                ModelStubs.openAiCompletion("{\"summary\": \"unterminated", 900, 10))));

        ProcessingFailure failure = assertThrows(ProcessingFailure.class,
                () -> stub.summarizer("openai", "test-model").summarize(StubbedModel.story()));

        assertEquals(FailureKind.MODEL_OUTPUT_INVALID, failure.kind());
        assertFalse(failure.retryable());
        assertEquals(2, calls().size());
        String repair = lastUserMessage(calls().get(1));
        assertTrue(repair.contains("could not be used"), repair);
    }

    @Test
    void aRepairedAnswerIsUsedAndBothCallsAreCounted() {
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("repair")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok(ModelStubs.openAiCompletion("Sure! Here is the summary.", 900, 10)))
                .willSetStateTo("repaired"));
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("repair").whenScenarioStateIs("repaired")
                .willReturn(ok(ModelStubs.openAiCompletion("```json\n" + ModelStubs.answer(NEUTRAL_SUMMARY,
                        List.of(VISIT, AIRSTRIKES), "en", List.of("Myanmar")) + "\n```", 950, 60))));

        Summary summary = stub.summarizer("openai", "test-model").summarize(StubbedModel.story());

        assertEquals(2, summary.keyFacts().size());
        assertEquals(1850, summary.inputTokens());
        assertEquals(70, summary.outputTokens());
    }

    @Test
    void tooFewGroundedFactsGetOneRevisionListingWhatFailed() {
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("revise")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok(ModelStubs.openAiCompletion(ModelStubs.answer(NEUTRAL_SUMMARY,
                        List.of(VISIT, WRONG_COUNT, INVENTED), "en", List.of("Myanmar")), 900, 100)))
                .willSetStateTo("revised"));
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("revise").whenScenarioStateIs("revised")
                .willReturn(ok(ModelStubs.openAiCompletion(ModelStubs.answer(NEUTRAL_SUMMARY,
                        List.of(VISIT, AIRSTRIKES), "en", List.of("Myanmar")), 1000, 90))));

        Summary summary = stub.summarizer("openai", "test-model").summarize(StubbedModel.story());

        assertEquals(2, calls().size());
        String revise = lastUserMessage(calls().get(1));
        assertTrue(revise.contains("It is his 12th visit to Russia") && revise.contains("12"), revise);
        assertTrue(revise.contains("He met Xi Jinping in Moscow") && revise.contains("verbatim"), revise);
        assertEquals(2, summary.keyFacts().size());
        assertEquals(0, summary.droppedFacts());
    }

    @Test
    void aRevisionThatIsWorseIsIgnored() {
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("worse")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok(ModelStubs.openAiCompletion(ModelStubs.answer(NEUTRAL_SUMMARY,
                        List.of(VISIT, WRONG_COUNT), "en", List.of("Myanmar")), 900, 100)))
                .willSetStateTo("worse"));
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("worse").whenScenarioStateIs("worse")
                .willReturn(ok(ModelStubs.openAiCompletion("not json at all", 1000, 5))));

        Summary summary = stub.summarizer("openai", "test-model").summarize(StubbedModel.story());

        assertEquals(2, calls().size(), "no repair of a revision: the first answer stands");
        assertEquals(1, summary.keyFacts().size());
        assertEquals(1, summary.droppedFacts());
    }

    @Test
    void loadedWordsInTheSummarysOwnVoiceGetOneRewriteRequest() {
        String loaded = "The junta boss defies an arrest warrant by travelling to Moscow on 9 May, undeterred.";
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("neutral")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok(ModelStubs.openAiCompletion(ModelStubs.answer(loaded,
                        List.of(VISIT, AIRSTRIKES), "en", List.of("Myanmar")), 900, 100)))
                .willSetStateTo("rewritten"));
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("neutral").whenScenarioStateIs("rewritten")
                .willReturn(ok(ModelStubs.openAiCompletion(ModelStubs.answer(NEUTRAL_SUMMARY,
                        List.of(VISIT, AIRSTRIKES), "en", List.of("Myanmar")), 1000, 90))));

        Summary summary = stub.summarizer("openai", "test-model").summarize(StubbedModel.story());

        String rewrite = lastUserMessage(calls().get(1));
        for (String term : List.of("junta boss", "defies", "undeterred")) {
            assertTrue(rewrite.contains(term), rewrite);
        }
        assertEquals(NEUTRAL_SUMMARY, summary.summary());
        assertEquals(List.of(), summary.unsupported());
    }

    @Test
    void loadedWordsLeftAfterTheRewriteAreFlagged() {
        String loaded = "The junta boss is travelling to Moscow on 9 May.";
        answer(ModelStubs.answer(loaded, List.of(VISIT, AIRSTRIKES), "en", List.of("Myanmar")));

        Summary summary = stub.summarizer("openai", "test-model").summarize(StubbedModel.story());

        assertEquals(2, calls().size());
        assertEquals(List.of("loaded label junta boss"), summary.unsupported());
    }

    @Test
    void inventedNumbersInTheSummaryAreFlagged() {
        answer(ModelStubs.answer("Min Aung Hlaing visits Moscow for the 12th time after 300 airstrikes.",
                List.of(VISIT, AIRSTRIKES), "en", List.of("Myanmar")));

        Summary summary = stub.summarizer("openai", "test-model").summarize(StubbedModel.story());

        assertEquals(List.of("number 12", "number 300"), summary.unsupported());
    }

    @Test
    void aRepostIsAttributedAndTheTargetLanguageIsAskedFor() {
        answer(ModelStubs.answer("Min Aung Hlaing reist am 9. Mai nach Moskau.", List.of(VISIT, AIRSTRIKES), "de",
                List.of("Myanmar")));

        Summary summary = stub.summarizer("openai", "test-model").summarize(new SummaryRequest(StubbedModel.story(),
                new RepostSource("The Irrawaddy", null, "2025-05-07"), "de"));

        String system = StubbedModel.body(calls().get(0)).at("/messages/0/content").asText();
        assertTrue(system.contains("According to The Irrawaddy,"), system);
        assertTrue(system.contains("German (de)"), system);
        assertEquals("According to The Irrawaddy, Min Aung Hlaing reist am 9. Mai nach Moskau.", summary.summary());
        assertEquals("de", summary.language());
        assertEquals(List.of(), summary.unsupported(), "the source's name is supported by the credit");
    }

    @Test
    void throttlingIsRetryableRateLimited() {
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}")));

        ProcessingFailure failure = assertThrows(ProcessingFailure.class,
                () -> stub.summarizer("openai", "test-model").summarize(StubbedModel.story()));

        assertEquals(FailureKind.RATE_LIMITED, failure.kind());
        assertTrue(failure.retryable());
    }

    @Test
    void serverErrorsAreRetriedThenRetryableModelUnavailable() {
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(503)
                .withBody("{\"error\":{\"message\":\"overloaded\"}}")));

        ProcessingFailure failure = assertThrows(ProcessingFailure.class,
                () -> stub.summarizer("openai", "test-model", 1).summarize(StubbedModel.story()));

        assertEquals(FailureKind.MODEL_UNAVAILABLE, failure.kind());
        assertTrue(failure.retryable());
        assertEquals(2, calls().size(), "max-retries=1: the call is tried twice");
    }

    @Test
    void aDroppedConnectionIsModelUnavailable() {
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ProcessingFailure failure = assertThrows(ProcessingFailure.class,
                () -> stub.summarizer("openai", "test-model").summarize(StubbedModel.story()));

        assertEquals(FailureKind.MODEL_UNAVAILABLE, failure.kind());
    }

    @Test
    void aRejectedRequestIsPermanent() {
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"maximum context length exceeded\"}}")));

        ProcessingFailure failure = assertThrows(ProcessingFailure.class,
                () -> stub.summarizer("openai", "test-model").summarize(StubbedModel.story()));

        assertEquals(FailureKind.MODEL_REJECTED, failure.kind());
        assertFalse(failure.retryable());
    }

    private void answer(String content) {
        stub.server.stubFor(post(urlPathEqualTo(COMPLETIONS))
                .willReturn(ok(ModelStubs.openAiCompletion(content, 1200, 180))));
    }

    private List<LoggedRequest> calls() {
        return stub.server.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    private static String lastUserMessage(LoggedRequest request) {
        JsonNode messages = StubbedModel.body(request).path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
