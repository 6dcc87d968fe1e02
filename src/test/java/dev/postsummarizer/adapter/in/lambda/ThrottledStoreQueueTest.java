package dev.postsummarizer.adapter.in.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.postsummarizer.application.port.FlowEvents.Outcome;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.testing.DynamoDbThrottling;
import dev.postsummarizer.testing.ElasticMq;
import dev.postsummarizer.testing.ElasticMqResource;
import dev.postsummarizer.testing.ModelStubs;
import dev.postsummarizer.testing.RecordingFlowEvents;
import dev.postsummarizer.testing.SqsDelivery;
import dev.postsummarizer.testing.SqsDelivery.Round;
import dev.postsummarizer.testing.TableItems;
import dev.postsummarizer.testing.TestTexts;
import dev.postsummarizer.testing.ThrottlingDynamoDbResource;
import dev.postsummarizer.testing.WireMockResource;
import dev.postsummarizer.testing.WireMockResource.InjectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The {@code queue} function when DynamoDB throttles (issue 7, failing dependencies): the application's own
 * DynamoDB client (SDK retry defaults, as deployed) talks to dynoxide through a proxy that answers chosen
 * operations with {@code ProvisionedThroughputExceededException}. Messages come from ElasticMQ as Lambda's
 * event source mapping would deliver them; WireMock serves the page and answers as the model.
 */
@QuarkusTest
@TestProfile(ThrottledStoreQueueTest.Profile.class)
@WithTestResource(ThrottlingDynamoDbResource.class)
@WithTestResource(WireMockResource.class)
@WithTestResource(ElasticMqResource.class)
class ThrottledStoreQueueTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new OpenAiStubProfile().getConfigOverrides());
            config.put("quarkus.funqy.export", "queue");
            return config;
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RecordingFlowEvents.class);
        }
    }

    private static final String COMPLETIONS = "/v1/chat/completions";

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    RecordingFlowEvents events;

    private final DynamoDbThrottling throttling = new DynamoDbThrottling(ThrottlingDynamoDbResource.proxy());
    private TableItems table;
    private ElasticMq sqs;
    private SqsDelivery delivery;

    @BeforeEach
    void setUp() {
        wireMock.resetAll();
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(okJson(ModelStubs.openAiCompletion(
                ModelStubs.answer("According to The Irrawaddy, Min Aung Hlaing is travelling to Moscow.",
                        List.<String[]>of(new String[] {"He was invited by Vladimir Putin",
                                "Invited by Russian President Vladimir Putin"}),
                        "en", List.of("Myanmar")), 900, 120))));
        table = new TableItems(ThrottlingDynamoDbResource.dynoxideEndpoint(), "post-summaries");
        sqs = ElasticMqResource.server();
        sqs.drain(sqs.queueUrl());
        sqs.drain(sqs.deadLetterUrl());
        delivery = new SqsDelivery(sqs);
        events.clear();
    }

    @AfterEach
    void tearDown() {
        throttling.stop();
        table.close();
    }

    @Test
    void shortThrottlingIsAbsorbedByTheSdkRetriesAndThePostIsSummarizedOnce() {
        String url = thread("/throttled-briefly/topic/");
        throttling.next("GetItem", 1);
        throttling.next("PutItem", 2);
        delivery.send(url);

        Round round = delivery.deliverOnce();

        assertEquals(1, round.size());
        assertEquals(List.of(), round.returned(), "the SDK's retries hid the throttling from the function");
        Map<String, AttributeValue> item = item(url);
        assertEquals("DONE", item.get("status").s());
        assertEquals("1", item.get("attempts").n());
        assertNull(item.get("lastError"));
        // two throttled, then the lease and the result: the retries happened inside the one invocation
        assertEquals(4, throttling.requests("PutItem"));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertQueuesEmpty();
    }

    @Test
    void persistentThrottlingIsRetryableLeavesNoItemAndCallsNoModelUntilTheTableRecovers() {
        String url = thread("/throttled-for-long/topic/");
        throttling.always("PutItem");
        delivery.send("{\"url\": \"" + url + "\"}");

        Round throttled = delivery.deliverOnce();

        assertEquals(1, throttled.size());
        assertEquals(List.of(throttled.delivered().get(0).messageId()), throttled.returned(),
                "a throttled store is retryable: the message goes back to the queue");
        assertTrue(throttling.requests("PutItem") > 1, "the SDK retried before giving up");
        assertEquals(List.of(FailureKind.STORE_UNAVAILABLE), failures(), "throttling is the store being unavailable");
        assertTrue(item(url).isEmpty(), "no lease was written, so no partial item");
        wireMock.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));

        throttling.stop();
        Round recovered = delivery.deliverOnce();

        assertEquals(1, recovered.size());
        assertEquals(List.of(), recovered.returned());
        Map<String, AttributeValue> item = item(url);
        assertEquals("DONE", item.get("status").s());
        assertEquals("1", item.get("attempts").n(), "the throttled delivery never took the lease");
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertEquals(1, table.all().stream().filter(i -> i.get("postId").s().equals(postId(url))).count());
        assertQueuesEmpty();
    }

    /**
     * A table that stays throttled through all three receives: every delivery returns the message, the last
     * one cannot record why either (the store is what fails; logged, best effort), and the message ends in the
     * dead-letter queue, the one place that still knows the URL. The model is never called.
     */
    @Test
    void throttlingThroughEveryReceiveEndsInTheDeadLetterQueueWithNothingHalfWritten() {
        String url = thread("/throttled-for-good/topic/");
        throttling.always("PutItem");
        delivery.send(url);

        List<Integer> returnedPerRound = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            returnedPerRound.add(delivery.deliverOnce().returned().size());
        }

        assertEquals(List.of(1, 1, 1, 0), returnedPerRound);
        assertEquals(List.of(url), sqs.drain(sqs.deadLetterUrl()).stream().map(Message::body).toList());
        assertEquals(List.of(FailureKind.STORE_UNAVAILABLE, FailureKind.STORE_UNAVAILABLE,
                FailureKind.STORE_UNAVAILABLE), failures());
        assertTrue(item(url).isEmpty(), "no lease was ever written, so no partial item");
        wireMock.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    /**
     * The table takes the lease, the model answers, then every write is throttled: the summary cannot be
     * stored. The item stays PENDING under its lease (it says an attempt is under way, and since when), the
     * message comes back, and a redelivery while the lease holds does not call the model again. Once the lease
     * has expired (simulated by moving leaseUntil into the past behind the application's back), the next
     * delivery takes over and finishes: attempts 2, and a second model call, the price of a lost write.
     */
    @Test
    void throttlingOfTheResultWriteKeepsTheLeaseAndTheRedeliveryAfterItExpiresFinishes() {
        String url = thread("/throttled-at-the-end/topic/");
        throttling.after("PutItem", 1);
        delivery.send(url);

        Round lost = delivery.deliverOnce();

        assertEquals(1, lost.returned().size(), "the result could not be stored: retry");
        assertEquals(List.of(FailureKind.STORE_UNAVAILABLE), failures());
        Map<String, AttributeValue> pending = item(url);
        assertEquals("PENDING", pending.get("status").s());
        assertEquals("1", pending.get("attempts").n());
        assertTrue(Instant.parse(pending.get("leaseUntil").s()).isAfter(Instant.now()), "the lease still holds");
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS)));

        throttling.stop();
        Round whileLeased = delivery.deliverOnce();

        assertEquals(1, whileLeased.returned().size(), "IN_PROGRESS while the lease holds: retry later");
        assertEquals(List.of(FailureKind.STORE_UNAVAILABLE, FailureKind.IN_PROGRESS), failures());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS)));

        table.expireLease(postId(url));
        Round afterExpiry = delivery.deliverOnce();

        assertEquals(List.of(), afterExpiry.returned());
        Map<String, AttributeValue> done = item(url);
        assertEquals("DONE", done.get("status").s());
        assertEquals("2", done.get("attempts").n(), "the attempt whose write was lost, and the one that finished");
        assertNull(done.get("leaseUntil"));
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertQueuesEmpty();
    }

    /** The failure kinds of the posts that ended failed so far, in order. */
    private List<FailureKind> failures() {
        return events.outcomes().stream().map(Outcome::failure).filter(Objects::nonNull).toList();
    }

    private void assertQueuesEmpty() {
        assertFalse(sqs.drain(sqs.queueUrl()).iterator().hasNext(), "nothing left on the queue");
        assertFalse(sqs.drain(sqs.deadLetterUrl()).iterator().hasNext(), "nothing in the dead-letter queue");
    }

    private Map<String, AttributeValue> item(String url) {
        Map<String, AttributeValue> item = table.get(postId(url));
        return item == null ? Map.of() : item;
    }

    private static String postId(String url) {
        return PostUrl.parse(url).postId();
    }

    private String thread(String path) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(TestTexts.read("pages/invision-thread.html"))));
        return "http://127.0.0.1:" + wireMock.port() + path;
    }
}
