package dev.postsummarizer.adapter.out.fetch;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** Turns what the network stack threw into a failure kind and a message a caller can act on. */
final class TransportFailures {

    private TransportFailures() {
    }

    static ProcessingFailure map(Throwable cause, GuardedTarget target, FetchSettings settings) {
        if (cause instanceof ProcessingFailure failure) {
            return failure;
        }
        String where = target.host() + " (" + target.address().getHostAddress() + ":" + target.port() + ")";
        if (cause instanceof PinnedHttpClient.BodyTooLarge) {
            return ProcessingFailure.of(FailureKind.TOO_LARGE, "page body of " + target.url()
                    + " is larger than " + settings.maxBodyInWords() + " (reading stopped at the cap)");
        }
        if (cause instanceof TimeoutException) {
            return totalTimeout(target, settings);
        }
        String text = String.valueOf(cause.getMessage());
        String name = cause.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        if (name.contains("timeout") || text.toLowerCase(Locale.ROOT).contains("timed out")) {
            boolean connecting = cause instanceof ConnectException || name.contains("connect");
            return connecting
                    ? ProcessingFailure.of(FailureKind.TIMEOUT, "connecting to " + where + " timed out after "
                            + settings.connectTimeout().toMillis() + " ms", cause)
                    : totalTimeout(target, settings);
        }
        if (cause instanceof ConnectException) {
            return ProcessingFailure.of(FailureKind.UPSTREAM_UNAVAILABLE, "could not connect to " + where + ": " + text,
                    cause);
        }
        if (cause instanceof UnknownHostException) {
            return ProcessingFailure.of(FailureKind.NOT_FOUND, "host " + target.host() + " does not resolve", cause);
        }
        if (cause instanceof SSLException) {
            return ProcessingFailure.of(FailureKind.HTTP_ERROR, "TLS with " + where + " failed: " + text, cause);
        }
        return ProcessingFailure.of(FailureKind.UPSTREAM_UNAVAILABLE, "fetching " + target.url() + " failed: "
                + cause.getClass().getSimpleName() + ": " + text, cause);
    }

    static ProcessingFailure totalTimeout(GuardedTarget target, FetchSettings settings) {
        return ProcessingFailure.of(FailureKind.TIMEOUT, "fetching " + target.url() + " took longer than "
                + settings.totalTimeout().toMillis() + " ms (total timeout, all redirects included)");
    }
}
