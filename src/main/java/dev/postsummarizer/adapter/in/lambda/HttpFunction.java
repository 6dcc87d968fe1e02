package dev.postsummarizer.adapter.in.lambda;

import dev.postsummarizer.adapter.in.lambda.http.HttpApiRequest;
import dev.postsummarizer.adapter.in.lambda.http.HttpApiResponse;
import dev.postsummarizer.adapter.in.lambda.http.SummariesApi;
import dev.postsummarizer.adapter.out.telemetry.InvocationContext;
import io.quarkus.funqy.Funq;

/** API Gateway HTTP API (payload 2.0): the {@code /summaries} resource. */
public class HttpFunction {

    private final SummariesApi api;

    public HttpFunction(SummariesApi api) {
        this.api = api;
    }

    @Funq("http")
    public HttpApiResponse http(HttpApiRequest request) {
        try (var invocation = InvocationContext.open("http")) {
            return api.handle(request);
        }
    }
}
