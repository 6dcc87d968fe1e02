package dev.postsummarizer.evaluation;

import dev.postsummarizer.application.FakeFlow;
import dev.postsummarizer.application.PermanentFailures;
import dev.postsummarizer.application.ProcessQueuedPosts;
import dev.postsummarizer.application.ProcessQueuedPosts.QueuedPost;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Wall time of one SQS batch of 10 against one message, through the real {@link ProcessQueuedPosts} and
 * flow, with the page fetch taking a fixed 300 ms (the I/O a real fetch and model call spend waiting) and
 * in-memory store and model. Shows the concurrency bound at work: at bound 1 a batch costs 10 x one
 * message, at bound 5 about 2 x.
 *
 * <p>Run: {@code ./mvnw -q -o -DskipNpm test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.postsummarizer.evaluation.QueueBatchBenchmark}
 */
public final class QueueBatchBenchmark {

    private static final long FETCH_MILLIS = 300;
    private static final int ROUNDS = 5;

    private QueueBatchBenchmark() {
    }

    public static void main(String[] args) {
        // one INFO line per post would drown the table
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        System.out.printf("fetch latency %d ms, median of %d rounds%n", FETCH_MILLIS, ROUNDS);
        System.out.println("| bound | 1 message (ms) | batch of 10 (ms) | batch / message |");
        System.out.println("|---|---|---|---|");
        for (int bound : new int[] {1, 5, 10}) {
            long one = median(bound, 1);
            long ten = median(bound, 10);
            System.out.printf("| %d | %d | %d | %.1f |%n", bound, one, ten, (double) ten / one);
        }
    }

    private static long median(int bound, int messages) {
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            times.add(run(bound, messages));
        }
        times.sort(null);
        return times.get(ROUNDS / 2);
    }

    private static long run(int bound, int messages) {
        FakeFlow fake = new FakeFlow();
        List<QueuedPost> batch = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            String url = "https://example.org/post-" + i;
            String html = FakeFlow.STORY + " Part " + i + ".";
            fake.pages.put(url, () -> {
                try {
                    Thread.sleep(FETCH_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return html;
            });
            batch.add(new QueuedPost("m" + i, url));
        }
        ExecutorService workers = Executors.newFixedThreadPool(bound);
        try {
            ProcessQueuedPosts queue = new ProcessQueuedPosts(fake.flow, new PermanentFailures(fake.store, fake.clock),
                    workers);
            long start = System.nanoTime();
            ProcessQueuedPosts.BatchResult result = queue.process(batch);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (result.finished() != messages) {
                throw new IllegalStateException("expected " + messages + " finished, got " + result);
            }
            return millis;
        } finally {
            workers.shutdownNow();
        }
    }
}
