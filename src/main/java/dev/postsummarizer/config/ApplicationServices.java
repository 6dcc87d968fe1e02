package dev.postsummarizer.config;

import dev.postsummarizer.adapter.out.dynamodb.SummaryTableConfig;
import dev.postsummarizer.application.SummarizePost;
import dev.postsummarizer.application.port.ContentExtractor;
import dev.postsummarizer.application.port.FlowEvents;
import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.application.port.PageTriage;
import dev.postsummarizer.application.port.RepostDetector;
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
    SummarizePost summarizePost(PageFetcher fetcher, ContentExtractor extractor, RepostDetector reposts,
            PageTriage triage, Summarizer summarizer, SummaryStore store, Clock clock,
            SummaryTableConfig tableConfig, FlowEvents events) {
        return new SummarizePost(
                new SummarizePost.Collaborators(fetcher, extractor, reposts, triage, summarizer, store),
                clock, tableConfig.lease(), events);
    }
}
