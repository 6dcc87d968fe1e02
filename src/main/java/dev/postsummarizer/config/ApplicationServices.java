package dev.postsummarizer.config;

import dev.postsummarizer.adapter.out.dynamodb.SummaryTableConfig;
import dev.postsummarizer.application.SummarizePost;
import dev.postsummarizer.application.port.ContentExtractor;
import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.application.port.SummaryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the framework-free application services to their adapters. */
@ApplicationScoped
public class ApplicationServices {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    SummarizePost summarizePost(PageFetcher fetcher, ContentExtractor extractor, Summarizer summarizer,
            SummaryStore store, Clock clock, SummaryTableConfig tableConfig) {
        return new SummarizePost(fetcher, extractor, summarizer, store, clock, tableConfig.lease());
    }
}
