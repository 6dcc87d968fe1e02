package dev.postsummarizer.adapter.in.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.testing.DynoxideResource;
import dev.postsummarizer.testing.ElasticMq;
import dev.postsummarizer.testing.ElasticMqResource;
import dev.postsummarizer.testing.ModelStubs;
import dev.postsummarizer.testing.SqsDelivery;
import dev.postsummarizer.testing.TableItems;
import dev.postsummarizer.testing.TestTexts;
import dev.postsummarizer.testing.WireMockResource;
import dev.postsummarizer.testing.WireMockResource.InjectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The model failing, proven end to end through SQS (issue 7, failing dependencies): messages are sent to
 * ElasticMQ and delivered to the {@code queue} function as Lambda's event source mapping would ({@link
 * SqsDelivery}), WireMock answers as the OpenAI-compatible model, dynoxide stores. Throttling, server errors
 * and timeouts are retryable: the message comes back, and either the model recovers on a redelivery or the
 * message ends in the dead-letter queue after three receives. A reply that is not the agreed JSON gets one
 * repair re-prompt, then is a permanent failure: recorded, consumed, not redelivered. In every case the item's
 * status, attempts and lastError tell the story, and there is one item per post.
 */
@QuarkusTest
@TestProfile(QueueModelFailuresTest.Profile.class)
@WithTestResource(DynoxideResource.class)
@WithTestResource(WireMockResource.class)
@WithTestResource(ElasticMqResource.class)
class QueueModelFailuresTest {

    /** Also used by {@link QueueLastReceiveTest}, so both run on one started application. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new OpenAiStubProfile().getConfigOverrides());
            config.put("quarkus.funqy.export", "queue");
            // a model answer later than this is a timeout; the stub's slow answer takes twice as long
            config.put("summarizer.timeout", "PT2S");
            // each scenario fails the model on purpose; an open breaker would turn the next scenario's first
            // failure into "circuit open" instead of the fault under test (the breaker has its own tests)
            config.put("summarizer.circuit-breaker.failures", "1000");
            // a page that answers later than this is a TIMEOUT (QueueLastReceiveTest's slow page takes 6 s)
            config.put("fetch.total-timeout", "3s");
            return config;
        }
    }

    /** The retryable ways a model call fails, and what the item records for each. */
    enum Fault {
        RATE_LIMITED("RATE_LIMITED", "throttling"),
        SERVER_ERROR("MODEL_UNAVAILABLE", "unavailable"),
        TIMEOUT("MODEL_UNAVAILABLE", "unavailable");

        final String kind;
        final String errorMentions;

        Fault(String kind, String errorMentions) {
            this.kind = kind;
            this.errorMentions = errorMentions;
        }

        ResponseDefinitionBuilder response() {
            return switch (this) {
                case RATE_LIMITED -> aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}");
                case SERVER_ERROR -> aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}");
                case TIMEOUT -> okJson(GOOD_COMPLETION).withFixedDelay(4_000);
            };
        }
    }

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String GOOD_COMPLETION = ModelStubs.openAiCompletion(
            ModelStubs.answer("According to The Irrawaddy, Min Aung Hlaing is travelling to Moscow.",
                    List.<String[]>of(new String[] {"He was invited by Vladimir Putin",
                            "Invited by Russian President Vladimir Putin"}),
                    "en", List.of("Myanmar")), 900, 120);
    private static final String NOT_JSON = ModelStubs.openAiCompletion(
            "Sure! Min Aung Hlaing is travelling to Moscow, invited by Vladimir Putin.", 900, 30);

    @InjectWireMock
    WireMockServer wireMock;

    private TableItems table;
    private ElasticMq sqs;
    private SqsDelivery delivery;

    @BeforeEach
    void setUp() {
        wireMock.resetAll();
        table = new TableItems(DynoxideResource.endpoint(), "post-summaries");
        sqs = ElasticMqResource.server();
        sqs.drain(sqs.queueUrl());
        sqs.drain(sqs.deadLetterUrl());
        delivery = new SqsDelivery(sqs);
    }

    @AfterEach
    void tearDown() {
        table.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aModelThatKeepsFailingSendsTheMessageToTheDeadLetterQueueAndTheItemSaysWhy(Fault fault) {
        String url = thread("/keeps-failing/" + fault + "/");
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(fault.response()));
        delivery.send("{\"url\": \"" + url + "\"}");

        List<Integer> returnedPerRound = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            returnedPerRound.add(delivery.deliverOnce().returned().size());
        }

        assertEquals(List.of(1, 1, 1, 0), returnedPerRound, "returned three times, then gone to the DLQ");
        List<Message> dead = sqs.drain(sqs.deadLetterUrl());
        assertEquals(List.of("{\"url\": \"" + url + "\"}"), dead.stream().map(Message::body).toList());
        Map<String, AttributeValue> item = item(url);
        assertEquals("FAILED", item.get("status").s());
        assertEquals("3", item.get("attempts").n(), "one attempt per receive");
        assertEquals(fault.kind, item.get("failureKind").s());
        assertTrue(item.get("lastError").s().contains(fault.errorMentions), item.get("lastError").s());
        assertNull(item.get("leaseUntil"), "a failed attempt gives its lease back");
        wireMock.verify(3, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertEquals(1, itemsFor(url));
        assertTrue(sqs.drain(sqs.queueUrl()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aModelThatRecoversOnTheRedeliveryEndsDoneAfterTwoAttempts(Fault fault) {
        String url = thread("/recovers/" + fault + "/");
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("model").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered").willReturn(fault.response()));
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("model").whenScenarioStateIs("recovered")
                .willReturn(okJson(GOOD_COMPLETION)));
        delivery.send(url);

        SqsDelivery.Round failed = delivery.deliverOnce();

        assertEquals(1, failed.returned().size(), "retryable: the message comes back");
        Map<String, AttributeValue> afterFailure = item(url);
        assertEquals("FAILED", afterFailure.get("status").s());
        assertEquals("1", afterFailure.get("attempts").n());
        assertEquals(fault.kind, afterFailure.get("failureKind").s());

        SqsDelivery.Round recovered = delivery.deliverOnce();

        assertEquals(List.of(), recovered.returned());
        Map<String, AttributeValue> item = item(url);
        assertEquals("DONE", item.get("status").s());
        assertEquals("2", item.get("attempts").n(), "the failed attempt and the one that succeeded");
        assertNull(item.get("lastError"), "the summary replaces the earlier error");
        assertNull(item.get("failureKind"));
        assertTrue(item.get("summary").s().startsWith("According to The Irrawaddy"));
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertEquals(1, itemsFor(url));
        assertEquals(0, delivery.deliverOnce().size(), "consumed");
        assertTrue(sqs.drain(sqs.deadLetterUrl()).isEmpty());
    }

    @Test
    void invalidJsonGetsOneRepairAttemptThenIsAPermanentFailureThatIsNotRedelivered() {
        String url = thread("/invalid-json/topic/");
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(okJson(NOT_JSON)));
        delivery.send(url);

        SqsDelivery.Round round = delivery.deliverOnce();

        assertEquals(List.of(), round.returned(), "permanent: consumed, not retried");
        Map<String, AttributeValue> item = item(url);
        assertEquals("FAILED", item.get("status").s());
        assertEquals("1", item.get("attempts").n());
        assertEquals("MODEL_OUTPUT_INVALID", item.get("failureKind").s());
        assertTrue(item.get("lastError").s().contains("after one repair attempt"), item.get("lastError").s());
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS))
                .withRequestBody(containing("Your reply could not be used")));
        assertEquals(0, delivery.deliverOnce().size(), "not redelivered");
        assertTrue(sqs.drain(sqs.deadLetterUrl()).isEmpty(), "a permanent failure never reaches the DLQ");
        assertEquals(1, itemsFor(url));
    }

    @Test
    void invalidJsonThatTheRepairFixesEndsDoneInOneAttempt() {
        String url = thread("/repaired-json/topic/");
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("repair").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("repaired").willReturn(okJson(NOT_JSON)));
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("repair").whenScenarioStateIs("repaired")
                .willReturn(okJson(GOOD_COMPLETION)));
        delivery.send(url);

        SqsDelivery.Round round = delivery.deliverOnce();

        assertEquals(List.of(), round.returned());
        Map<String, AttributeValue> item = item(url);
        assertEquals("DONE", item.get("status").s());
        assertEquals("1", item.get("attempts").n(), "the repair is part of the same attempt");
        assertNull(item.get("lastError"));
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertEquals(0, delivery.deliverOnce().size());
        assertTrue(sqs.drain(sqs.deadLetterUrl()).isEmpty());
    }

    private long itemsFor(String url) {
        String postId = PostUrl.parse(url).postId();
        return table.all().stream().filter(i -> i.get("postId").s().equals(postId)).count();
    }

    private Map<String, AttributeValue> item(String url) {
        Map<String, AttributeValue> item = table.get(PostUrl.parse(url).postId());
        return item == null ? Map.of() : item;
    }

    private String thread(String path) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(TestTexts.read("pages/invision-thread.html"))));
        return "http://127.0.0.1:" + wireMock.port() + path;
    }
}
