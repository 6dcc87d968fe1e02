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
     * Summarizes with the request's context: a reposted story is attributed to its source ("According to The
     * Irrawaddy, …"), and the summary is written in the target language when one is given. Adapters that
     * cannot honour the context summarize the post as it is.
     */
    default Summary summarize(SummaryRequest request) {
        return summarize(request.post());
    }

    /**
     * What to summarize and how.
     *
     * @param post           the extracted post (credit lines already removed for reposts)
     * @param source         the credited original when the post is a repost, else null
     * @param targetLanguage BCP 47 language for the summary, or null for the post's own language
     */
    record SummaryRequest(ExtractedPost post, RepostSource source, String targetLanguage) {
    }

    /** Identifies the model, e.g. "openai/gpt-4o-mini"; part of the cache key. */
    String model();

    /** Version of the prompt (or of the offline algorithm); part of the cache key. */
    String promptVersion();
}
