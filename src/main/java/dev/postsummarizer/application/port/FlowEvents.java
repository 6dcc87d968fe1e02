package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.FailureKind;
import java.time.Duration;

/**
 * What the flow tells operators: one event per stage of a post and one when the post is finished. Events
 * carry identifiers, timings, outcomes and token counts, never page text (pages are written by strangers
 * and may hold personal data).
 */
public interface FlowEvents {

    /** Does nothing; for services and tests that do not report. */
    FlowEvents NONE = new FlowEvents() {
        @Override
        public void stage(String postId, Stage stage, Duration took, String outcome) {
        }

        @Override
        public void finished(Outcome outcome) {
        }
    };

    /** The stages of the flow of one URL, in order. */
    enum Stage { FETCH, EXTRACT, TRIAGE, SUMMARIZE, STORE }

    /**
     * @param outcome "ok", or the failure kind's name when the stage failed
     */
    void stage(String postId, Stage stage, Duration took, String outcome);

    void finished(Outcome outcome);

    /**
     * How one post ended.
     *
     * @param postId       null when the URL could not even be parsed
     * @param result       DONE, SKIPPED, CACHED (stored summary was current) or FAILED
     * @param failure      the failure kind when FAILED, else null
     * @param took         from the start of the flow to its end
     * @param inputTokens  tokens sent to the model (0 when none was called)
     * @param outputTokens tokens the model returned
     */
    record Outcome(String postId, String result, FailureKind failure, Duration took, long inputTokens,
            long outputTokens) {
    }
}
