package dev.postsummarizer.application.port;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Remembers which days' digests were sent, so that a day is mailed once even when the schedule fires twice
 * or a failed invocation is retried. A sender first claims the day (a conditional write), sends, then
 * records the message id; a failed send releases the claim so that a later invocation can try again.
 */
public interface DigestLog {

    /**
     * Claims the day for sending unless it was sent already or another sender holds an unexpired claim.
     * A claim whose lease ran out (its sender died) may be taken over.
     */
    Claim claim(LocalDate day, Instant now, Instant leaseUntil);

    /** Records the sent message; only the holder of the claim can do this. */
    void markSent(Claim.Granted claim, String messageId, int posts, Instant now);

    /** Releases the claim after a failed send, keeping the error; the day can be claimed again. */
    void markFailed(Claim.Granted claim, String error, Instant now);

    /** The answer to a claim. */
    sealed interface Claim {

        /** This sender may send; {@code attempt} identifies the claim in the follow-up writes. */
        record Granted(LocalDate day, int attempt) implements Claim {
        }

        /** The day's digest went out already. */
        record AlreadySent(LocalDate day, String messageId) implements Claim {
        }

        /** Another sender claimed the day and its lease has not run out. */
        record InProgress(LocalDate day, Instant leaseUntil) implements Claim {
        }
    }
}
