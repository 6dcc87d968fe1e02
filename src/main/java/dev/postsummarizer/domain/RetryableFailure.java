package dev.postsummarizer.domain;

/** A failure of a dependency (timeout, throttling, 5xx) that a later attempt may not meet. */
public final class RetryableFailure extends ProcessingFailure {

    public RetryableFailure(FailureKind kind, String message) {
        this(kind, message, null);
    }

    public RetryableFailure(FailureKind kind, String message, Throwable cause) {
        super(kind, message, cause);
        if (!kind.retryable()) {
            throw new IllegalArgumentException(kind + " is a permanent kind");
        }
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
