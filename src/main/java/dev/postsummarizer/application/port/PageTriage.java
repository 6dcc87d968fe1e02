package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.PageVerdict;
import java.util.Optional;

/**
 * Recognises pages that are not the post (verification screens, login walls, paywalls, cookie walls, soft
 * 404s, too little text) before any model call. Pure: looks only at the HTML and what extraction found.
 */
public interface PageTriage {

    /** @return a verdict when the page should be skipped, empty when it is worth summarizing */
    Optional<PageVerdict> assess(String html, ExtractedPost post);
}
