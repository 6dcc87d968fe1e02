package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.RepostSource;
import java.util.Optional;

/**
 * Recognises a post that reproduces another outlet's story (a credit line, a "Source:" link, a quoted
 * block) and returns the credited source with the credit lines taken out of the text, so that the summary
 * attributes the story to the outlet and the model never reads the credits as content.
 */
public interface RepostDetector {

    Optional<Repost> detect(String html, ExtractedPost post);

    /**
     * @param source the credited original
     * @param post   the post with credit lines, source logos and credit dates removed from its text
     */
    record Repost(RepostSource source, ExtractedPost post) {
    }
}
