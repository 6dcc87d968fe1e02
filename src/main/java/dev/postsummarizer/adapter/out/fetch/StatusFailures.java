package dev.postsummarizer.adapter.out.fetch;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;

/** Maps a final (non-redirect) status to a failure: 404/410 not found, 429 and 5xx retryable, other errors permanent. */
final class StatusFailures {

    private StatusFailures() {
    }

    static void check(GuardedTarget target, ResponseHead head) {
        int status = head.status();
        if (status >= 200 && status < 300) {
            return;
        }
        String said = target.url() + " answered HTTP " + status + reasonOf(head);
        if (status == 404 || status == 410) {
            throw ProcessingFailure.of(FailureKind.NOT_FOUND, said);
        }
        if (status == 429) {
            String retryAfter = head.header("retry-after");
            throw ProcessingFailure.of(FailureKind.RATE_LIMITED,
                    said + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")"));
        }
        if (status == 408) {
            throw ProcessingFailure.of(FailureKind.TIMEOUT, said);
        }
        if (status >= 500) {
            throw ProcessingFailure.of(FailureKind.UPSTREAM_UNAVAILABLE, said);
        }
        throw ProcessingFailure.of(FailureKind.HTTP_ERROR, said);
    }

    private static String reasonOf(ResponseHead head) {
        return head.reason() == null || head.reason().isBlank() ? "" : " " + head.reason();
    }
}
