package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.Summary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The circuit breaker and the cost estimate around a scripted model. */
class ResilienceWrappersTest {

    private static final ExtractedPost POST = new ExtractedPost("https://a.example/", null, "t", null, null, null,
            "en", List.of("Some text."), List.of());

    private final Scripted model = new Scripted();
    private final MutableClock clock = new MutableClock();

    @Test
    void theCircuitOpensAfterConsecutiveFailuresAndFailsFastUntilItsTimeIsUp() {
        CircuitBreakerSummarizer breaker = new CircuitBreakerSummarizer(model, 2, Duration.ofSeconds(60), clock);
        model.fail(FailureKind.MODEL_UNAVAILABLE).fail(FailureKind.RATE_LIMITED);

        assertThrows(ProcessingFailure.class, () -> breaker.summarize(POST));
        assertThrows(ProcessingFailure.class, () -> breaker.summarize(POST));
        ProcessingFailure fast = assertThrows(ProcessingFailure.class, () -> breaker.summarize(POST));

        assertEquals(FailureKind.MODEL_UNAVAILABLE, fast.kind());
        assertTrue(fast.retryable());
        assertEquals(2, model.calls, "the open circuit did not call the model");

        clock.advance(Duration.ofSeconds(61));
        model.succeed();
        breaker.summarize(POST);
        assertEquals(3, model.calls, "after the wait one call goes through, and success closes the circuit");
        model.succeed();
        breaker.summarize(POST);
        assertEquals(4, model.calls);
    }

    @Test
    void permanentFailuresAndSuccessesDoNotOpenTheCircuit() {
        CircuitBreakerSummarizer breaker = new CircuitBreakerSummarizer(model, 2, Duration.ofSeconds(60), clock);
        model.fail(FailureKind.MODEL_UNAVAILABLE).succeed().fail(FailureKind.MODEL_UNAVAILABLE)
                .fail(FailureKind.MODEL_OUTPUT_INVALID).succeed();

        assertThrows(ProcessingFailure.class, () -> breaker.summarize(POST));
        breaker.summarize(POST);
        assertThrows(ProcessingFailure.class, () -> breaker.summarize(POST));
        assertThrows(ProcessingFailure.class, () -> breaker.summarize(POST));
        breaker.summarize(POST);
        assertEquals(5, model.calls);
    }

    @Test
    void theCostIsTheTokensPricedPerMillion() {
        PricedSummarizer priced = new PricedSummarizer(model.succeed(), new PricedSummarizer.Prices(0.15, 0.60));
        Summary summary = priced.summarize(POST);
        // 1,200 input tokens at $0.15/M + 180 output tokens at $0.60/M
        assertEquals(0.000288, summary.estimatedCostUsd(), 1e-12);
    }

    /** Answers or fails as scripted, counting calls. */
    private static final class Scripted implements Summarizer {
        private final Deque<FailureKind> script = new ArrayDeque<>();
        int calls;

        Scripted fail(FailureKind kind) {
            script.add(kind);
            return this;
        }

        Scripted succeed() {
            script.add(FailureKind.IN_PROGRESS); // marker for success
            return this;
        }

        @Override
        public Summary summarize(ExtractedPost post) {
            calls++;
            FailureKind next = script.poll();
            if (next != null && next != FailureKind.IN_PROGRESS) {
                throw ProcessingFailure.of(next, "scripted");
            }
            return new Summary("s", List.of(), "en", List.of(), "openai/m", "v", 1200, 180, 0, false);
        }

        @Override
        public String model() {
            return "openai/m";
        }

        @Override
        public String promptVersion() {
            return "v";
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
