package dev.postsummarizer.config;

import dev.postsummarizer.adapter.out.fetch.GuardedPageFetcher;
import dev.postsummarizer.adapter.out.fetch.HostResolver;
import dev.postsummarizer.adapter.out.fetch.PinnedHttpClient;
import dev.postsummarizer.adapter.out.fetch.SsrfGuard;
import dev.postsummarizer.application.port.PageFetcher;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** Builds the SSRF-guarded page fetcher on Quarkus' managed Vert.x instance. */
@ApplicationScoped
public class PageFetcherProducer {

    @Produces
    @ApplicationScoped
    PinnedHttpClient pinnedHttpClient(Vertx vertx, FetchConfig config) {
        return new PinnedHttpClient(vertx, config.settings());
    }

    void closeClient(@Disposes PinnedHttpClient client) {
        client.close();
    }

    @Produces
    @ApplicationScoped
    PageFetcher pageFetcher(PinnedHttpClient client, FetchConfig config) {
        return new GuardedPageFetcher(new SsrfGuard(config.settings(), HostResolver.system()), client,
                config.settings());
    }
}
