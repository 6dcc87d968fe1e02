package dev.postsummarizer.config;

import dev.postsummarizer.adapter.in.lambda.http.SummariesApi;
import dev.postsummarizer.adapter.out.sqs.SummaryQueueConfig;
import dev.postsummarizer.application.ImportUrlList;
import dev.postsummarizer.application.PermanentFailures;
import dev.postsummarizer.application.ProcessQueuedPosts;
import dev.postsummarizer.application.SubmitPost;
import dev.postsummarizer.application.SummarizePost;
import dev.postsummarizer.application.port.ObjectStorage;
import dev.postsummarizer.application.port.SummaryQueue;
import dev.postsummarizer.application.port.SummaryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.MDC;

/** Wires the services behind the trigger functions (http, queue, s3) to their adapters. */
@ApplicationScoped
public class TriggerServices {

    @Produces
    @ApplicationScoped
    @Named("queue-workers")
    ExecutorService queueWorkers(SummaryQueueConfig config) {
        return Executors.newFixedThreadPool(config.concurrency(), daemonThreads("queue-worker"));
    }

    @Produces
    @ApplicationScoped
    @Named("inline-summaries")
    ExecutorService inlineSummaries() {
        return Executors.newCachedThreadPool(daemonThreads("inline-summary"));
    }

    void shutDown(@Disposes @Named("queue-workers") ExecutorService workers) {
        workers.shutdownNow();
    }

    void shutDownInline(@Disposes @Named("inline-summaries") ExecutorService inline) {
        inline.shutdownNow();
    }

    @Produces
    @ApplicationScoped
    SubmitPost submitPost(SummaryStore store, SummaryQueue queue, SummarizePost flow,
            @Named("inline-summaries") ExecutorService inline, Clock clock) {
        return new SubmitPost(store, queue, flow, inline, clock);
    }

    @Produces
    @ApplicationScoped
    SummariesApi summariesApi(SubmitPost submitPost, SummaryStore store, HttpApiConfig config, Clock clock) {
        return new SummariesApi(submitPost, store,
                new SummariesApi.Settings(config.waitBudget(), config.defaultLimit(), config.maxLimit()), clock);
    }

    @Produces
    @ApplicationScoped
    ProcessQueuedPosts processQueuedPosts(SummarizePost flow, SummaryStore store, Clock clock,
            @Named("queue-workers") ExecutorService workers, SummaryQueueConfig config) {
        return new ProcessQueuedPosts(flow, new PermanentFailures(store, clock), withLogContext(workers),
                config.maxReceives());
    }

    @Produces
    @ApplicationScoped
    ImportUrlList importUrlList(ObjectStorage storage, SummaryQueue queue, UrlListConfig config) {
        return new ImportUrlList(storage, queue, config.maxBytes());
    }

    /** Runs tasks on the pool with the submitting thread's log context (trigger, request id). */
    private static Executor withLogContext(ExecutorService pool) {
        return task -> {
            Map<String, Object> context = MDC.getMap();
            pool.execute(() -> {
                context.forEach(MDC::put);
                try {
                    task.run();
                } finally {
                    MDC.clear();
                }
            });
        };
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
