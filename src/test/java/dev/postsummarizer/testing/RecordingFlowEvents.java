package dev.postsummarizer.testing;

import dev.postsummarizer.application.port.FlowEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Keeps every flow event in memory so a test can read stage timings and outcomes directly instead of parsing
 * log lines. An alternative that a test profile enables ({@code getEnabledAlternatives}); it replaces the
 * logging implementation only there.
 */
@Alternative
@ApplicationScoped
public class RecordingFlowEvents implements FlowEvents {

    /** One stage of one post, as the flow reported it. */
    public record StageEvent(String postId, Stage stage, Duration took, String outcome) {
    }

    private final ConcurrentLinkedQueue<StageEvent> stages = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

    @Override
    public void stage(String postId, Stage stage, Duration took, String outcome) {
        stages.add(new StageEvent(postId, stage, took, outcome));
    }

    @Override
    public void finished(Outcome outcome) {
        outcomes.add(outcome);
    }

    public List<StageEvent> stages() {
        return List.copyOf(stages);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public void clear() {
        stages.clear();
        outcomes.clear();
    }
}
