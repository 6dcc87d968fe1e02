package dev.postsummarizer.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.postsummarizer.adapter.in.lambda.OpenAiStubProfile;
import dev.postsummarizer.application.port.FlowEvents.Stage;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.testing.DynoxideResource;
import dev.postsummarizer.testing.ElasticMq;
import dev.postsummarizer.testing.ElasticMqResource;
import dev.postsummarizer.testing.ModelStubs;
import dev.postsummarizer.testing.RecordingFlowEvents;
import dev.postsummarizer.testing.RecordingFlowEvents.StageEvent;
import dev.postsummarizer.testing.SqsDelivery;
import dev.postsummarizer.testing.TableItems;
import dev.postsummarizer.testing.WireMockResource;
import dev.postsummarizer.testing.WireMockResource.InjectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Load (issue 7): 1,000 distinct URLs sent to ElasticMQ and delivered to the {@code queue} function in batches
 * of ten, as Lambda's event source mapping would (returned messages come back, three receives then the DLQ),
 * against WireMock pages and a WireMock OpenAI-compatible model, with 1 % injected faults ({@link
 * InjectedFault}). Checks that every URL ended DONE, SKIPPED or FAILED with a reason, or in the DLQ as its
 * fault demands; that no post was summarized twice (model requests = one per summarized post + the faults'
 * own); and reports throughput and per-stage percentiles from the flow's events.
 *
 * <p>Off by default (minutes, not seconds):
 * {@code ./mvnw -B -o -DskipNpm test -Dtest=QueueLoadTest -Dload=true} ({@code -Dload.urls=N} for another
 * size). The report is printed and written to {@code target/load/queue-load.md}.
 */
@QuarkusTest
@TestProfile(QueueLoadTest.Profile.class)
@WithTestResource(DynoxideResource.class)
@WithTestResource(WireMockResource.class)
@WithTestResource(ElasticMqResource.class)
@EnabledIfSystemProperty(named = "load", matches = "true")
class QueueLoadTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new OpenAiStubProfile().getConfigOverrides());
            config.put("quarkus.funqy.export", "queue");
            // a page slower than this is a TIMEOUT; the injected slow pages take 6 s
            config.put("fetch.total-timeout", "3s");
            // one model call per post, so "none summarized twice" can be counted at the model; long pages
            // would otherwise be summarized in parts (map-reduce has its own tests)
            config.put("summarizer.input-budget-tokens", "10000000");
            // one line per message would drown the report; warnings (retries, failures) stay
            config.put("quarkus.log.category.\"dev.postsummarizer.application.ProcessQueuedPosts\".level", "WARN");
            return config;
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RecordingFlowEvents.class);
        }
    }

    private static final int URLS = Integer.getInteger("load.urls", 1000);
    private static final long SEED = 7;
    private static final String COMPLETIONS = "/v1/chat/completions";
    /** Neutral, no names or numbers and no key facts: valid for any page, so no revision re-prompt. */
    private static final String ANSWER = ModelStubs.openAiCompletion(ModelStubs.answer(
            "The post presents its subject and the details its author considers important.", List.of(), "en",
            List.of("news")), 900, 60);

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    RecordingFlowEvents events;

    @Test
    void everyUrlEndsDoneSkippedOrFailedWithAReasonOrInTheDeadLetterQueueAndNoneIsSummarizedTwice() {
        LoadPages pages = LoadPages.load(URLS);
        Map<Integer, InjectedFault> faults = InjectedFault.plan(URLS, SEED);
        List<String> urls = stubPagesAndModel(pages, faults);
        ElasticMq sqs = ElasticMqResource.server();
        sqs.drain(sqs.queueUrl());
        sqs.drain(sqs.deadLetterUrl());
        events.clear();
        send(sqs, urls);

        long start = System.nanoTime();
        SqsDelivery delivery = new SqsDelivery(sqs);
        int rounds = delivery.deliverUntilEmpty(10 * URLS);
        double seconds = (System.nanoTime() - start) / 1e9;

        Set<String> deadLetters = sqs.drain(sqs.deadLetterUrl()).stream().map(Message::body)
                .collect(Collectors.toSet());
        Map<String, Map<String, AttributeValue>> items;
        try (TableItems table = new TableItems(DynoxideResource.endpoint(), "post-summaries")) {
            items = table.all().stream().collect(Collectors.toMap(i -> i.get("postId").s(), Function.identity()));
        }
        Map<String, Integer> summarizedPerPost = new HashMap<>();
        for (StageEvent event : events.stages()) {
            if (event.stage() == Stage.SUMMARIZE && event.outcome().equals("ok")) {
                summarizedPerPost.merge(event.postId(), 1, Integer::sum);
            }
        }
        int modelCalls = wireMock.countRequestsMatching(postRequestedFor(urlPathEqualTo(COMPLETIONS)).build())
                .getCount();
        int expectedModelCalls = 0;
        LoadReport report = new LoadReport(pages.description(), URLS, rounds, delivery.emptyPollsWithMessagesLeft(),
                seconds);
        for (int i = 0; i < URLS; i++) {
            String postId = PostUrl.parse(urls.get(i)).postId();
            InjectedFault fault = faults.get(i);
            expectedModelCalls += fault != null ? fault.modelCalls : summarizedPerPost.getOrDefault(postId, 0);
            report.count(items.get(postId), deadLetters.contains(urls.get(i)), fault);
        }
        report.modelCalls(modelCalls, expectedModelCalls);
        report.stages(events.stages(), events.outcomes());
        report.print();

        for (int i = 0; i < URLS; i++) {
            String url = urls.get(i);
            String postId = PostUrl.parse(url).postId();
            Map<String, AttributeValue> item = items.remove(postId);
            boolean dead = deadLetters.contains(url);
            int summarized = summarizedPerPost.getOrDefault(postId, 0);
            assertTrue(summarized <= 1, url + " was summarized " + summarized + " times");
            InjectedFault fault = faults.get(i);
            if (fault != null) {
                assertFaultOutcome(url, fault, item, dead);
            } else {
                assertSettledWithAReason(url, item, dead);
            }
            if ("DONE".equals(status(item))) {
                assertEquals(1, summarized, url + " is DONE: summarized exactly once");
            }
        }
        assertTrue(items.isEmpty(), "items for URLs never sent: " + items.keySet());
        assertEquals(expectedModelCalls, modelCalls,
                "model requests: one per summarized post plus the injected faults' own, none more");
    }

    private List<String> stubPagesAndModel(LoadPages pages, Map<Integer, InjectedFault> faults) {
        wireMock.resetAll();
        wireMock.stubFor(post(urlPathEqualTo(COMPLETIONS)).atPriority(10).willReturn(okJson(ANSWER)));
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < URLS; i++) {
            String path = String.format("/load/post-%04d/", i);
            InjectedFault fault = faults.get(i);
            if (fault != null) {
                fault.stub(wireMock, path, i);
            } else {
                // no charset: the fetcher finds it in the page's <meta> or falls back, as for a real site
                wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html").withBody(pages.page(i))));
            }
            urls.add("http://127.0.0.1:" + wireMock.port() + path);
        }
        return urls;
    }

    private static void send(ElasticMq sqs, List<String> urls) {
        for (int from = 0; from < urls.size(); from += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = from; i < Math.min(from + 10, urls.size()); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(urls.get(i)).build());
            }
            sqs.client().sendMessageBatch(b -> b.queueUrl(sqs.queueUrl()).entries(entries));
        }
    }

    private static void assertFaultOutcome(String url, InjectedFault fault, Map<String, AttributeValue> item,
            boolean dead) {
        String what = url + " (" + fault + ")";
        assertEquals(fault.deadLetter, dead, what + " in the DLQ");
        if (fault.status == null) {
            assertNull(item, what + " leaves no item");
            return;
        }
        assertNotNull(item, what + " has an item");
        assertEquals(fault.status, status(item), what);
        assertEquals(String.valueOf(fault.attempts), item.get("attempts").n(), what + " attempts");
        if (fault.kind != null) {
            assertEquals(fault.kind, item.get("failureKind").s(), what);
            assertTrue(item.containsKey("lastError"), what + " says why");
        } else {
            assertNull(item.get("lastError"), what + " ended well: no error left");
        }
    }

    /** A URL without an injected fault: DONE, SKIPPED with its reason, or FAILED (permanently) with its reason. */
    private static void assertSettledWithAReason(String url, Map<String, AttributeValue> item, boolean dead) {
        if (item == null) {
            fail(url + " has no item" + (dead ? " (it is in the DLQ)" : " and is not in the DLQ: lost"));
        }
        switch (status(item)) {
            case "DONE" -> assertTrue(item.containsKey("summary"), url);
            case "SKIPPED" -> assertTrue(item.containsKey("skipReason"), url);
            case "FAILED" -> assertTrue(item.containsKey("failureKind") && item.containsKey("lastError"), url);
            default -> fail(url + " ended " + status(item));
        }
    }

    private static String status(Map<String, AttributeValue> item) {
        return item == null ? null : item.get("status").s();
    }
}
