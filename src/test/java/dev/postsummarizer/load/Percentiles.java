package dev.postsummarizer.load;

import java.time.Duration;
import java.util.List;

/** p50/p95/p99 (nearest rank) of a set of durations, in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99, double max) {

    static Percentiles of(List<Duration> durations) {
        double[] millis = durations.stream().mapToDouble(d -> d.toNanos() / 1_000_000.0).sorted().toArray();
        if (millis.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(millis.length, rank(millis, 50), rank(millis, 95), rank(millis, 99),
                millis[millis.length - 1]);
    }

    private static double rank(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
