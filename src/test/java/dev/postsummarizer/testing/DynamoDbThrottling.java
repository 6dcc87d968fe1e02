package dev.postsummarizer.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * Makes the DynamoDB proxy of {@link ThrottlingDynamoDbResource} answer chosen operations the way DynamoDB
 * does when a table is over its throughput: HTTP 400 with a {@code ProvisionedThroughputExceededException}
 * body. Operations are told apart by the {@code X-Amz-Target} header the SDK sends
 * ({@code DynamoDB_20120810.PutItem}, …). A request that no throttling stub takes is forwarded to dynoxide.
 */
public final class DynamoDbThrottling {

    private static final String TARGET = "X-Amz-Target";
    private static final String PREFIX = "DynamoDB_20120810.";

    private final WireMockServer proxy;

    public DynamoDbThrottling(WireMockServer proxy) {
        this.proxy = proxy;
    }

    /** Throttles every call of {@code operation} (e.g. "PutItem") until {@link #stop()}. */
    public void always(String operation) {
        proxy.stubFor(calls(operation).atPriority(1).willReturn(throttled()));
    }

    /** Throttles the next {@code times} calls of {@code operation}, then forwards again. */
    public void next(String operation, int times) {
        String scenario = "throttle " + operation + " " + times;
        for (int i = 0; i < times; i++) {
            proxy.stubFor(calls(operation).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "throttled " + i)
                    .willSetStateTo("throttled " + (i + 1))
                    .willReturn(throttled()));
        }
    }

    /** Forwards the next {@code times} calls of {@code operation}, then throttles every later one. */
    public void after(String operation, int times) {
        String scenario = "forward " + operation + " " + times;
        for (int i = 0; i < times; i++) {
            proxy.stubFor(calls(operation).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "forwarded " + i)
                    .willSetStateTo("forwarded " + (i + 1))
                    .willReturn(aResponse().proxiedFrom(ThrottlingDynamoDbResource.dynoxideEndpoint())));
        }
        proxy.stubFor(calls(operation).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("forwarded " + times)
                .willReturn(throttled()));
    }

    public void stop() {
        ThrottlingDynamoDbResource.forwardEverything();
    }

    /** How many calls of {@code operation} reached the proxy (throttled or forwarded, SDK retries included). */
    public int requests(String operation) {
        return proxy.countRequestsMatching(postRequestedFor(urlPathEqualTo("/"))
                .withHeader(TARGET, equalTo(PREFIX + operation)).build()).getCount();
    }

    private static MappingBuilder calls(String operation) {
        return post(urlPathEqualTo("/")).withHeader(TARGET, equalTo(PREFIX + operation));
    }

    private static ResponseDefinitionBuilder throttled() {
        return aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.0")
                .withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                        + "\"message\":\"The level of configured provisioned throughput for the table was exceeded."
                        + " Consider increasing your provisioning level with the UpdateTable API.\"}");
    }
}
