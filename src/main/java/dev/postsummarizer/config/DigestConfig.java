package dev.postsummarizer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The daily digest email. Sender and recipients are optional here so that the other functions of the same
 * artifact start without them; the digest refuses to send (a permanent failure) until both are set.
 */
@ConfigMapping(prefix = "digest")
public interface DigestConfig {

    /** Sender address, verified in SES (DIGEST_FROM). */
    Optional<String> from();

    /** Recipients, comma-separated (DIGEST_TO). */
    Optional<List<String>> to();

    /** Reply-to addresses, comma-separated. */
    Optional<List<String>> replyTo();

    /** Subject line; {day} becomes the day, {count} e.g. "12 posts" or "nothing new". */
    @WithDefault("Post digest {day}: {count}")
    String subject();

    /** Mail a short "nothing new" message on a day without posts (default: send nothing). */
    @WithDefault("false")
    boolean sendEmpty();

    /**
     * Limit on the HTML and text parts together, in UTF-8 bytes. Beyond it the digest shows the latest stories
     * that fit and links to the whole day. 100 kB keeps the HTML under the size at which Gmail clips messages.
     */
    @WithDefault("100000")
    int maxBytes();

    /** Base URL of the HTTP API, for the link to GET /summaries?day= (DIGEST_API_BASE_URL). */
    Optional<String> apiBaseUrl();

    /**
     * How long an invocation holds its claim on a day; after that another invocation may send. At least the
     * Lambda timeout, so a claim is never taken from a sender that is still running.
     */
    @WithDefault("PT15M")
    Duration lease();

    /** Failed or skipped posts listed by name; the rest are counted. */
    @WithDefault("50")
    int maxFailuresShown();

    /** The SES v2 client. */
    Ses ses();

    interface Ses {

        /** Another SES endpoint (a local stand-in in tests and dev). */
        Optional<URI> endpointOverride();

        /** Region; default: the SDK's region chain (AWS_REGION on Lambda). */
        Optional<String> region();

        /** Use fixed dummy credentials, for a local stand-in that does not check them. */
        @WithDefault("false")
        boolean localCredentials();
    }
}
