package dev.postsummarizer.domain;

import java.util.List;

/**
 * What a summarizer produced for one post, after grounding.
 *
 * @param summary       neutral summary, claims attributed
 * @param keyFacts      facts whose evidence was found verbatim in the text
 * @param language      language of the summary (BCP 47 tag, e.g. "en")
 * @param topics        a few short topic labels
 * @param model         provider/model that wrote it, e.g. "openai/gpt-4o-mini" or "offline/extractive-1"
 * @param promptVersion version of the prompt (or offline algorithm) used
 * @param inputTokens   tokens sent to the model (0 for offline)
 * @param outputTokens  tokens received from the model (0 for offline)
 * @param droppedFacts  facts removed because their evidence was not in the text or their numbers were not in the evidence
 * @param degraded      true when the offline summarizer stood in for a failing model
 * @param unsupported   numbers and names in the summary that do not occur in the post's text, and loaded terms
 *                      left in its own voice (flagged, not removed: a reader should check them)
 * @param estimatedCostUsd the tokens priced with the configured price table, or null when no prices are configured
 */
public record Summary(
        String summary,
        List<KeyFact> keyFacts,
        String language,
        List<String> topics,
        String model,
        String promptVersion,
        long inputTokens,
        long outputTokens,
        int droppedFacts,
        boolean degraded,
        List<String> unsupported,
        Double estimatedCostUsd) {

    public Summary {
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        topics = topics == null ? List.of() : List.copyOf(topics);
        unsupported = unsupported == null ? List.of() : List.copyOf(unsupported);
    }

    /** A summary without a cost estimate. */
    public Summary(String summary, List<KeyFact> keyFacts, String language, List<String> topics, String model,
            String promptVersion, long inputTokens, long outputTokens, int droppedFacts, boolean degraded,
            List<String> unsupported) {
        this(summary, keyFacts, language, topics, model, promptVersion, inputTokens, outputTokens, droppedFacts,
                degraded, unsupported, null);
    }

    /** A summary with nothing flagged. */
    public Summary(String summary, List<KeyFact> keyFacts, String language, List<String> topics, String model,
            String promptVersion, long inputTokens, long outputTokens, int droppedFacts, boolean degraded) {
        this(summary, keyFacts, language, topics, model, promptVersion, inputTokens, outputTokens, droppedFacts,
                degraded, List.of());
    }

    /** The same summary marked as written by a stand-in for the configured model. */
    public Summary asDegraded() {
        return new Summary(summary, keyFacts, language, topics, model, promptVersion, inputTokens, outputTokens,
                droppedFacts, true, unsupported, estimatedCostUsd);
    }

    /** The same summary with its cost estimate. */
    public Summary withEstimatedCost(Double costUsd) {
        return new Summary(summary, keyFacts, language, topics, model, promptVersion, inputTokens, outputTokens,
                droppedFacts, degraded, unsupported, costUsd);
    }
}
