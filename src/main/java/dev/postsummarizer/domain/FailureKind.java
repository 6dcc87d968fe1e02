package dev.postsummarizer.domain;

/**
 * Why processing a post failed. Each kind is either permanent (retrying cannot help: the input or the
 * page is wrong) or retryable (a dependency was slow or unavailable), and maps to an HTTP status for
 * callers of the HTTP API.
 */
public enum FailureKind {
    INVALID_INPUT(false, 400),
    INVALID_URL(false, 400),
    FORBIDDEN_ADDRESS(false, 422),
    TOO_MANY_REDIRECTS(false, 422),
    NOT_FOUND(false, 422),
    HTTP_ERROR(false, 502),
    NOT_HTML(false, 422),
    TOO_LARGE(false, 413),
    EMPTY_TEXT(false, 422),
    MODEL_OUTPUT_INVALID(false, 502),
    /** The model's API refused the request itself (malformed, or the text exceeds its context). */
    MODEL_REJECTED(false, 502),
    TIMEOUT(true, 502),
    UPSTREAM_UNAVAILABLE(true, 502),
    RATE_LIMITED(true, 429),
    MODEL_UNAVAILABLE(true, 502),
    IN_PROGRESS(true, 409),
    STORE_UNAVAILABLE(true, 503);

    private final boolean retryable;
    private final int httpStatus;

    FailureKind(boolean retryable, int httpStatus) {
        this.retryable = retryable;
        this.httpStatus = httpStatus;
    }

    public boolean retryable() {
        return retryable;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
