package dev.postsummarizer.adapter.in.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.testing.DynoxideResource;
import dev.postsummarizer.testing.ElasticMq;
import dev.postsummarizer.testing.ElasticMqResource;
import dev.postsummarizer.testing.Events;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The {@code queue} function through the mock Lambda event server with SQS batch events: WireMock serves the
 * pages and answers as an OpenAI-compatible model (so model calls can be counted), dynoxide stores, and
 * ElasticMQ with its dead-letter queue stands in for SQS.
 */
@QuarkusTest
@TestProfile(QueueFunctionTest.Profile.class)
@WithTestResource(DynoxideResource.class)
@WithTestResource(WireMockResource.class)
@WithTestResource(ElasticMqResource.class)
class QueueFunctionTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new OpenAiStubProfile().getConfigOverrides());
            config.put("quarkus.funqy.export", "queue");
            config.put("summary-queue.concurrency", "4");
            // a page that answers later than this is a TIMEOUT (retryable); long enough for a cold first fetch
            config.put("fetch.total-timeout", "3s");
            return config;
        }
    }

    private static final String COMPLETIONS = "/v1/chat/completions";

    @InjectWireMock
    WireMockServer wireMock;

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

    @Test
    void aBatchOfTenReturnsOnlyTheTimedOutMessageAndRecordsTheBadOnesFailed() throws Exception {
        List<String[]> batch = new ArrayList<>();
        List<String> good = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String url = thread("/batch/topic-" + i + "/");
            good.add(url);
            batch.add(new String[] {"good-" + i, i % 2 == 0 ? url : "{\"url\": \"" + url + "\"}"});
        }
        String missing = status("/batch/missing", 404);
        String pdf = pdf("/batch/report.pdf");
        String slow = slow("/batch/slow");
        batch.add(new String[] {"missing", missing});
        batch.add(new String[] {"pdf", "{\"url\": \"" + pdf + "\"}"});
        batch.add(new String[] {"slow", slow});

        JsonNode response = SqsDelivery.invoke(Events.sqs(batch));

        assertEquals(List.of("slow"), response.get("batchItemFailures").findValuesAsText("itemIdentifier"));
        for (String url : good) {
            assertEquals("DONE", item(url).get("status").s(), url);
        }
        assertEquals("FAILED", item(missing).get("status").s());
        assertEquals("NOT_FOUND", item(missing).get("failureKind").s());
        assertEquals("FAILED", item(pdf).get("status").s());
        assertEquals("NOT_HTML", item(pdf).get("failureKind").s());
        assertTrue(item(slow).isEmpty(), "a timeout before the lease leaves no item");
        wireMock.verify(7, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void theSameMessageDeliveredTwiceLeavesOneItemAndOneModelCall() throws Exception {
        String url = thread("/twice/topic/");
        String event = Events.sqs(List.<String[]>of(new String[] {"m-1", "{\"url\": \"" + url + "\"}"}));
        int itemsBefore = table.all().size();

        JsonNode first = SqsDelivery.invoke(event);
        JsonNode second = SqsDelivery.invoke(event);

        assertTrue(first.get("batchItemFailures").isEmpty());
        assertTrue(second.get("batchItemFailures").isEmpty());
        assertEquals(itemsBefore + 1, table.all().size());
        assertEquals("DONE", item(url).get("status").s());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    /**
     * ElasticMQ delivers as Lambda's event source mapping would: messages the function reports come back, the
     * rest are deleted. A permanent failure is consumed at once; a page that always times out is received three
     * times and then lands in the dead-letter queue.
     */
    @Test
    void aMessageThatKeepsFailingEndsInTheDeadLetterQueueAndAPermanentOneDoesNot() throws Exception {
        String missing = status("/dlq/missing", 404);
        String slow = slow("/dlq/slow");
        sqs.client().sendMessage(b -> b.queueUrl(sqs.queueUrl()).messageBody("{\"url\": \"" + missing + "\"}"));
        sqs.client().sendMessage(b -> b.queueUrl(sqs.queueUrl()).messageBody(slow));

        List<Integer> deliveredPerRound = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            deliveredPerRound.add(delivery.deliverOnce().size());
        }

        assertEquals(List.of(2, 1, 1, 0), deliveredPerRound);
        List<Message> dead = sqs.drain(sqs.deadLetterUrl());
        assertEquals(List.of(slow), dead.stream().map(Message::body).toList());
        assertEquals("FAILED", item(missing).get("status").s());
    }

    private Map<String, AttributeValue> item(String url) {
        Map<String, AttributeValue> item = table.get(PostUrl.parse(url).postId());
        return item == null ? Map.of() : item;
    }

    private String thread(String path) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(TestTexts.read("pages/invision-thread.html"))));
        return url(path);
    }

    private String status(String path, int status) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));
        return url(path);
    }

    private String pdf(String path) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(new byte[] {'%', 'P', 'D', 'F'})));
        return url(path);
    }

    private String slow(String path) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(8_000)
                .withHeader("Content-Type", "text/html").withBody("<html><body><p>late</p></body></html>")));
        return url(path);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + wireMock.port() + path;
    }
}
