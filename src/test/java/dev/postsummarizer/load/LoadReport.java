package dev.postsummarizer.load;

import dev.postsummarizer.application.port.FlowEvents.Outcome;
import dev.postsummarizer.application.port.FlowEvents.Stage;
import dev.postsummarizer.testing.RecordingFlowEvents.StageEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What the load test saw, as Markdown for docs/BENCHMARKS.md: outcomes, model calls, stage percentiles. */
final class LoadReport {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Map<String, Integer> faults = new TreeMap<>();

    LoadReport(String pages, int urls, int rounds, int emptyPolls, double seconds) {
        text.append(String.format("pages: %s%n%n%d URLs, %d deliveries (batches of up to 10; %d empty polls while"
                + " messages were left), %.1f s: %.1f URLs/s%n%n", pages, urls, rounds, emptyPolls, seconds,
                urls / seconds));
    }

    void count(Map<String, AttributeValue> item, boolean deadLetter, InjectedFault fault) {
        String outcome = item == null ? "no item" : item.get("status").s() + reason(item);
        if (item != null && !"1".equals(item.get("attempts").n())) {
            outcome += ", attempts " + item.get("attempts").n();
        }
        if (deadLetter) {
            outcome += ", in DLQ";
        }
        outcomes.merge(outcome, 1, Integer::sum);
        if (fault != null) {
            faults.merge(fault + " → " + outcome, 1, Integer::sum);
        }
    }

    void modelCalls(int actual, int expected) {
        text.append(String.format("model requests: %d (expected %d: one per summarized post + the faults' own)%n%n",
                actual, expected));
    }

    void stages(List<StageEvent> stages, List<Outcome> finished) {
        table("outcome", outcomes);
        table("injected fault → outcome", faults);
        text.append("| stage | n | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |\n|---|---:|---:|---:|---:|---:|\n");
        for (Stage stage : Stage.values()) {
            List<Duration> took = new ArrayList<>();
            stages.stream().filter(e -> e.stage() == stage).forEach(e -> took.add(e.took()));
            row(stage.name().toLowerCase(), Percentiles.of(took));
        }
        row("whole post", Percentiles.of(finished.stream().map(Outcome::took).toList()));
        text.append('\n');
    }

    /** Prints the report (a benchmark's output, like the other evaluations) and keeps it under target/. */
    void print() {
        System.out.println(text);
        try {
            Path out = Path.of("target", "load", "queue-load.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(String heading, Map<String, Integer> counts) {
        text.append("| ").append(heading).append(" | URLs |\n|---|---:|\n");
        counts.forEach((key, count) -> text.append("| ").append(key).append(" | ").append(count).append(" |\n"));
        text.append('\n');
    }

    private void row(String name, Percentiles p) {
        text.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", name, p.count(), p.p50(), p.p95(),
                p.p99(), p.max()));
    }

    private static String reason(Map<String, AttributeValue> item) {
        AttributeValue kind = item.containsKey("failureKind") ? item.get("failureKind") : item.get("skipReason");
        return kind == null ? "" : " " + kind.s();
    }
}
