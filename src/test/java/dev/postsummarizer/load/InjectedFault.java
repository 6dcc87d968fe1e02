package dev.postsummarizer.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.postsummarizer.testing.ModelStubs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The faults the load test injects, each on its own URL, and what each must end as. Model faults are aimed at
 * one post by a sentence only its page has ({@link LoadPages#marker(int)}); "once" faults fail the first
 * delivery and let the redelivery succeed.
 *
 * @param status      the item's status at the end, or null when no item is expected
 * @param attempts    the item's attempts at the end (0 when no item)
 * @param kind        the item's failureKind, or null
 * @param deadLetter  whether the message ends in the dead-letter queue
 * @param modelCalls  requests the model receives for this post over all deliveries
 */
enum InjectedFault {
    MODEL_500_ONCE("DONE", 2, null, false, 2),
    MODEL_429_ONCE("DONE", 2, null, false, 2),
    MODEL_429_ALWAYS("FAILED", 3, "RATE_LIMITED", true, 3),
    MODEL_INVALID_JSON("FAILED", 1, "MODEL_OUTPUT_INVALID", false, 2),
    PAGE_404("FAILED", 1, "NOT_FOUND", false, 0),
    PAGE_TIMEOUT_ONCE("DONE", 1, null, false, 1),
    // fails before the lease on every receive: nothing is written until the last receive records why
    PAGE_TIMEOUT_ALWAYS("FAILED", 1, "TIMEOUT", true, 0);

    /** Ten faults per thousand URLs, the mix the issue asks for. */
    static final List<InjectedFault> MIX = List.of(MODEL_500_ONCE, MODEL_500_ONCE, MODEL_429_ONCE,
            MODEL_429_ALWAYS, MODEL_INVALID_JSON, MODEL_INVALID_JSON, PAGE_404, PAGE_404, PAGE_TIMEOUT_ONCE,
            PAGE_TIMEOUT_ALWAYS);

    private static final String COMPLETIONS = "/v1/chat/completions";
    /** Longer than the profile's fetch.total-timeout. */
    private static final int PAGE_DELAY_MILLIS = 6_000;
    private static final String NOT_JSON = ModelStubs.openAiCompletion(
            "Here is a summary of the post: it describes its subject in some detail.", 900, 30);

    final String status;
    final int attempts;
    final String kind;
    final boolean deadLetter;
    final int modelCalls;

    InjectedFault(String status, int attempts, String kind, boolean deadLetter, int modelCalls) {
        this.status = status;
        this.attempts = attempts;
        this.kind = kind;
        this.deadLetter = deadLetter;
        this.modelCalls = modelCalls;
    }

    /** Spreads {@link #MIX} over {@code urls} URLs (1 %), at indexes drawn with a fixed seed. */
    static Map<Integer, InjectedFault> plan(int urls, long seed) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < urls; i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, new Random(seed));
        int faults = Math.max(MIX.size(), urls / 100);
        Map<Integer, InjectedFault> plan = new TreeMap<>();
        for (int i = 0; i < faults; i++) {
            plan.put(indexes.get(i), MIX.get(i % MIX.size()));
        }
        return plan;
    }

    /** Stubs the page at {@code path} (and the model, for model faults) for post {@code index}. */
    void stub(WireMockServer wireMock, String path, int index) {
        String page = LoadPages.testPageVariant(index);
        String scenario = "fault " + index;
        switch (this) {
            case MODEL_500_ONCE -> {
                servePage(wireMock, path, page);
                wireMock.stubFor(modelCallFor(index).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("recovered").willReturn(aResponse().withStatus(500)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":{\"message\":\"The server had an error\"}}")));
            }
            case MODEL_429_ONCE -> {
                servePage(wireMock, path, page);
                wireMock.stubFor(modelCallFor(index).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("recovered").willReturn(rateLimited()));
            }
            case MODEL_429_ALWAYS -> {
                servePage(wireMock, path, page);
                wireMock.stubFor(modelCallFor(index).willReturn(rateLimited()));
            }
            case MODEL_INVALID_JSON -> {
                servePage(wireMock, path, page);
                wireMock.stubFor(modelCallFor(index).willReturn(okJson(NOT_JSON)));
            }
            case PAGE_404 -> wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(404)));
            case PAGE_TIMEOUT_ONCE -> {
                wireMock.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("fast").willReturn(html(page).withFixedDelay(PAGE_DELAY_MILLIS)));
                wireMock.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs("fast")
                        .willReturn(html(page)));
            }
            case PAGE_TIMEOUT_ALWAYS -> wireMock.stubFor(get(urlPathEqualTo(path))
                    .willReturn(html(page).withFixedDelay(PAGE_DELAY_MILLIS)));
        }
    }

    /** Model requests about post {@code index}; above the default answer (priority 10). */
    private static MappingBuilder modelCallFor(int index) {
        return post(urlPathEqualTo(COMPLETIONS)).atPriority(1)
                .withRequestBody(containing(LoadPages.marker(index)));
    }

    private static void servePage(WireMockServer wireMock, String path, String page) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(html(page)));
    }

    private static ResponseDefinitionBuilder html(String page) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(page);
    }

    private static ResponseDefinitionBuilder rateLimited() {
        return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}");
    }
}
