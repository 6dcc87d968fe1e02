package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.Summary;

/**
 * Writes a neutral summary and key facts for an extracted post. Implementations ground every key fact in
 * the post's text before returning.
 *
 * @throws dev.postsummarizer.domain.ProcessingFailure retryable when the model is unavailable or
 *         throttled, permanent when its output stays invalid after the repair attempt
 */
public interface Summarizer {

    Summary summarize(ExtractedPost post);

    /**
     * Summarizes a post that reproduces another outlet's story: the summary attributes the story to
     * {@code source} ("According to The Irrawaddy, …"). Adapters that cannot do better summarize as usual.
     *
     * @param source the credited original, or null when the post is not a repost
     */
    default Summary summarize(ExtractedPost post, RepostSource source) {
        return summarize(post);
    }

    /** Identifies the model, e.g. "openai/gpt-4o-mini"; part of the cache key. */
    String model();

    /** Version of the prompt (or of the offline algorithm); part of the cache key. */
    String promptVersion();
}
