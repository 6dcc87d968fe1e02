package dev.postsummarizer.adapter.out.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.application.port.FlowEvents.Outcome;
import dev.postsummarizer.application.port.FlowEvents.Stage;
import dev.postsummarizer.domain.FailureKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoggingFlowEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final LoggingFlowEvents events = new LoggingFlowEvents(new EmbeddedMetrics("PostSummarizer",
            new PrintStream(out, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC)));

    @Test
    void aStageBecomesAnEmbeddedMetricWithItsLatencyAndTheInvocationsTrigger() throws Exception {
        try (var invocation = InvocationContext.open("queue")) {
            events.stage("abc", Stage.FETCH, Duration.ofMillis(120), "ok");
        }
        JsonNode line = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals("PostSummarizer", directive.path("Namespace").asText());
        assertEquals("Stage", directive.path("Dimensions").get(0).get(0).asText());
        assertEquals("StageLatency", directive.path("Metrics").get(0).path("Name").asText());
        assertEquals("Milliseconds", directive.path("Metrics").get(0).path("Unit").asText());
        assertEquals(Instant.parse("2026-11-28T10:00:00Z").toEpochMilli(), line.path("_aws").path("Timestamp").asLong());
        assertEquals("FETCH", line.path("Stage").asText());
        assertEquals(120, line.path("StageLatency").asInt());
        assertEquals("queue", line.path("trigger").asText());
        assertFalse(line.path("requestId").asText().isEmpty());
        assertEquals("abc", line.path("postId").asText());
    }

    @Test
    void aFailedPostCountsOneFailureUnderItsKindAndACachedOneACacheHit() throws Exception {
        events.finished(new Outcome("p1", "FAILED", FailureKind.MODEL_UNAVAILABLE, Duration.ofSeconds(2), 0, 0));
        events.finished(new Outcome("p2", "CACHED", null, Duration.ofMillis(30), 0, 0));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode failed = JSON.readTree(lines[0]);
        assertEquals("MODEL_UNAVAILABLE", failed.path("Result").asText());
        assertEquals(1, failed.path("Failures").asInt());
        assertEquals(2000, failed.path("PostLatency").asInt());
        JsonNode cached = JSON.readTree(lines[1]);
        assertEquals("CACHED", cached.path("Result").asText());
        assertEquals(1, cached.path("CacheHits").asInt());
        assertEquals(0, cached.path("Failures").asInt());
    }

    @Test
    void withoutMetricsNothingIsWrittenToStandardOutput() {
        new LoggingFlowEvents(null).finished(new Outcome("p", "DONE", null, Duration.ZERO, 10, 5));
        assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty());
    }
}
