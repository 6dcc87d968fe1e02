package dev.postsummarizer.domain;

/** A failure that a retry cannot fix: bad input, a missing page, content that is not a post. */
public final class PermanentFailure extends ProcessingFailure {

    public PermanentFailure(FailureKind kind, String message) {
        this(kind, message, null);
    }

    public PermanentFailure(FailureKind kind, String message, Throwable cause) {
        super(kind, message, cause);
        if (kind.retryable()) {
            throw new IllegalArgumentException(kind + " is a retryable kind");
        }
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
