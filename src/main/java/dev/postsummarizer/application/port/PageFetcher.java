package dev.postsummarizer.application.port;

import dev.postsummarizer.domain.PostUrl;

/**
 * Fetches a page over HTTP(S) with the SSRF guard applied to every hop.
 *
 * @throws dev.postsummarizer.domain.ProcessingFailure permanent for forbidden addresses, 4xx, non-HTML and
 *         oversized bodies; retryable for timeouts, 429 and 5xx
 */
public interface PageFetcher {

    FetchedPage fetch(PostUrl url);

    /**
     * A fetched HTML page.
     *
     * @param finalUrl    the URL after redirects
     * @param html        the decoded body
     * @param contentType the media type without parameters, e.g. "text/html"
     * @param charset     the charset the body was decoded with
     */
    record FetchedPage(String finalUrl, String html, String contentType, String charset) {
    }
}
