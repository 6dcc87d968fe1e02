package dev.postsummarizer.domain;

/**
 * A failure while processing a post. The subtype says whether a retry can help; the {@link FailureKind}
 * says what went wrong, and the message names the problem in words a caller can act on.
 */
public abstract sealed class ProcessingFailure extends RuntimeException
        permits PermanentFailure, RetryableFailure {

    private final FailureKind kind;
    private final String detail;

    /** The message reads {@code KIND: detail}, so every log line and error response names the kind. */
    protected ProcessingFailure(FailureKind kind, String detail, Throwable cause) {
        super(kind + ": " + detail, cause);
        this.kind = kind;
        this.detail = detail;
    }

    public FailureKind kind() {
        return kind;
    }

    public abstract boolean retryable();

    /** Builds the right subtype for a kind. */
    public static ProcessingFailure of(FailureKind kind, String message) {
        return of(kind, message, null);
    }

    public static ProcessingFailure of(FailureKind kind, String message, Throwable cause) {
        return kind.retryable()
                ? new RetryableFailure(kind, message, cause)
                : new PermanentFailure(kind, message, cause);
    }

    /** What went wrong, without the kind. */
    public String detail() {
        return detail;
    }
}
