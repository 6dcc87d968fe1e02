package dev.postsummarizer.adapter.out.telemetry;

import dev.postsummarizer.adapter.out.telemetry.EmbeddedMetrics.Metric;
import dev.postsummarizer.application.port.FlowEvents;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Reports the flow as one log line per event (structured fields in the MDC, so the JSON log format turns
 * them into keys) and as Embedded Metric Format lines: stage latency, post latency, tokens, failures by
 * kind, cache hits. The trigger ("summarize", "http", "queue", "s3") and request id are put in the MDC by
 * the function that received the event.
 */
public final class LoggingFlowEvents implements FlowEvents {

    public static final String TRIGGER = "trigger";
    public static final String REQUEST_ID = "requestId";

    private static final Logger LOG = Logger.getLogger("dev.postsummarizer.flow");

    private final EmbeddedMetrics metrics;

    public LoggingFlowEvents(EmbeddedMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void stage(String postId, Stage stage, Duration took, String outcome) {
        withFields(Map.of("postId", postId, "stage", stage.name(), "durationMs", String.valueOf(took.toMillis()),
                "outcome", outcome), () -> LOG.infof("stage %s %s in %d ms", stage, outcome, took.toMillis()));
        if (metrics != null) {
            metrics.emit(Map.of("Stage", stage.name()), Map.of("StageLatency", Metric.millis(took.toMillis())),
                    properties(postId, outcome));
        }
    }

    @Override
    public void finished(Outcome outcome) {
        String result = outcome.failure() == null ? outcome.result() : outcome.failure().name();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("postId", outcome.postId());
        fields.put("stage", "END");
        fields.put("durationMs", String.valueOf(outcome.took().toMillis()));
        fields.put("outcome", result);
        withFields(fields, () -> LOG.infof("post %s in %d ms (tokens in %d, out %d)", result,
                outcome.took().toMillis(), outcome.inputTokens(), outcome.outputTokens()));
        if (metrics == null) {
            return;
        }
        Map<String, Metric> values = new LinkedHashMap<>();
        values.put("PostLatency", Metric.millis(outcome.took().toMillis()));
        values.put("InputTokens", Metric.count(outcome.inputTokens()));
        values.put("OutputTokens", Metric.count(outcome.outputTokens()));
        values.put("CacheHits", Metric.count("CACHED".equals(outcome.result()) ? 1 : 0));
        values.put("Failures", Metric.count(outcome.failure() == null ? 0 : 1));
        metrics.emit(Map.of("Result", result), values, properties(outcome.postId(), result));
    }

    private static Map<String, String> properties(String postId, String outcome) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("postId", postId);
        properties.put("outcome", outcome);
        properties.put(TRIGGER, asString(MDC.get(TRIGGER)));
        properties.put(REQUEST_ID, asString(MDC.get(REQUEST_ID)));
        return properties;
    }

    private static String asString(Object value) {
        return value == null ? null : value.toString();
    }

    /** Puts the fields in the MDC for one log call, then removes them again. */
    private static void withFields(Map<String, String> fields, Runnable log) {
        fields.forEach((key, value) -> {
            if (value != null) {
                MDC.put(key, value);
            }
        });
        try {
            log.run();
        } finally {
            fields.keySet().forEach(MDC::remove);
        }
    }
}
