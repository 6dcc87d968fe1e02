package dev.postsummarizer.domain;

/**
 * A failure while processing a post. The subtype says whether a retry can help; the {@link FailureKind}
 * says what went wrong, and the message names the problem in words a caller can act on.
 */
public abstract sealed class ProcessingFailure extends RuntimeException
        permits PermanentFailure, RetryableFailure {

    private final FailureKind kind;

    protected ProcessingFailure(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
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

    /** The short form stored as {@code lastError}: {@code KIND: message}. */
    public String describe() {
        return kind + ": " + getMessage();
    }
}
