package dev.postsummarizer.adapter.in.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.testing.DynoxideResource;
import dev.postsummarizer.testing.ElasticMq;
import dev.postsummarizer.testing.ElasticMqResource;
import dev.postsummarizer.testing.SqsDelivery;
import dev.postsummarizer.testing.TableItems;
import dev.postsummarizer.testing.WireMockResource;
import dev.postsummarizer.testing.WireMockResource.InjectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A message that fails before the lease on every receive (a page that always times out) writes nothing on
 * its first two receives; on the last one the item records why, so the URL in the dead-letter queue has an
 * item that says what happened.
 */
@QuarkusTest
@TestProfile(QueueModelFailuresTest.Profile.class)
@WithTestResource(DynoxideResource.class)
@WithTestResource(WireMockResource.class)
@WithTestResource(ElasticMqResource.class)
class QueueLastReceiveTest {

    @InjectWireMock
    WireMockServer wireMock;

    private TableItems table;
    private ElasticMq sqs;

    @BeforeEach
    void setUp() {
        wireMock.resetAll();
        table = new TableItems(DynoxideResource.endpoint(), "post-summaries");
        sqs = ElasticMqResource.server();
        sqs.drain(sqs.queueUrl());
        sqs.drain(sqs.deadLetterUrl());
    }

    @AfterEach
    void tearDown() {
        table.close();
    }

    @Test
    void aPageThatAlwaysTimesOutEndsInTheDeadLetterQueueWithItsItemSayingWhy() {
        String path = "/always-slow/post/";
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(6_000)
                .withHeader("Content-Type", "text/html").withBody("<html><body><p>late</p></body></html>")));
        String url = "http://127.0.0.1:" + wireMock.port() + path;
        SqsDelivery delivery = new SqsDelivery(sqs);
        delivery.send(url);

        List<Boolean> itemAfterRound = new ArrayList<>();
        List<Integer> returnedPerRound = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            returnedPerRound.add(delivery.deliverOnce().returned().size());
            itemAfterRound.add(!item(url).isEmpty());
        }

        assertEquals(List.of(1, 1, 1, 0), returnedPerRound);
        assertEquals(List.of(false, false, true, true), itemAfterRound, "written on the last receive only");
        assertEquals(List.of(url), sqs.drain(sqs.deadLetterUrl()).stream().map(Message::body).toList());
        Map<String, AttributeValue> item = item(url);
        assertEquals("FAILED", item.get("status").s());
        assertEquals("TIMEOUT", item.get("failureKind").s());
        assertEquals("1", item.get("attempts").n(), "no attempt got as far as the lease; one record of giving up");
        assertTrue(item.get("lastError").s().contains("took longer than"), item.get("lastError").s());
        assertNull(item.get("leaseUntil"));
        wireMock.verify(0, postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
    }

    private Map<String, AttributeValue> item(String url) {
        Map<String, AttributeValue> item = table.get(PostUrl.parse(url).postId());
        return item == null ? Map.of() : item;
    }
}
