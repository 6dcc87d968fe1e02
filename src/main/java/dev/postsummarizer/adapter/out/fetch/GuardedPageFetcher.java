package dev.postsummarizer.adapter.out.fetch;

import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The page fetcher: guard, GET, follow redirects by hand (each target guarded again), then check the
 * status, media type and body, and decode the HTML. All hops share one total time budget.
 */
public final class GuardedPageFetcher implements PageFetcher {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final SsrfGuard guard;
    private final PinnedHttpClient client;
    private final FetchSettings settings;

    public GuardedPageFetcher(SsrfGuard guard, PinnedHttpClient client, FetchSettings settings) {
        this.guard = guard;
        this.client = client;
        this.settings = settings;
    }

    @Override
    public FetchedPage fetch(PostUrl url) {
        Instant deadline = Instant.now().plus(settings.totalTimeout());
        Set<String> visited = new LinkedHashSet<>();
        GuardedTarget target = guard.check(url.original());
        for (int redirects = 0; ; redirects++) {
            visited.add(target.url());
            PinnedHttpClient.RawResponse response = client.get(target, deadline, this::wantsBody);
            int status = response.head().status();
            if (!REDIRECTS.contains(status)) {
                return page(target, response);
            }
            String next = redirectTarget(target, response.head());
            if (visited.contains(next)) {
                throw ProcessingFailure.of(FailureKind.TOO_MANY_REDIRECTS, "redirect loop: " + target.url()
                        + " redirects back to " + next + " (chain: " + String.join(" -> ", visited) + ")");
            }
            if (redirects + 1 > settings.maxRedirects()) {
                throw ProcessingFailure.of(FailureKind.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects()
                        + " redirects starting at " + url.original() + " (next would be " + next + ")");
            }
            target = guardRedirect(next, redirects + 1);
        }
    }

    /** Read bodies only of successful HTML (or undeclared) responses; everything else is judged by its head. */
    private boolean wantsBody(ResponseHead head) {
        return head.status() / 100 == 2 && (head.mediaType().isEmpty() || HTML_TYPES.contains(head.mediaType()));
    }

    private GuardedTarget guardRedirect(String next, int hop) {
        try {
            return guard.check(next);
        } catch (ProcessingFailure refused) {
            FailureKind kind = refused.kind() == FailureKind.INVALID_URL ? FailureKind.FORBIDDEN_ADDRESS : refused.kind();
            throw ProcessingFailure.of(kind, "redirect " + hop + " to " + next + " refused: " + refused.detail(), refused);
        }
    }

    private String redirectTarget(GuardedTarget from, ResponseHead head) {
        String location = head.header("location");
        if (location == null || location.isBlank()) {
            throw ProcessingFailure.of(FailureKind.HTTP_ERROR,
                    from.url() + " answered HTTP " + head.status() + " without a Location header");
        }
        if (location.length() > settings.maxUrlLength()) {
            throw ProcessingFailure.of(FailureKind.FORBIDDEN_ADDRESS, "redirect from " + from.url()
                    + " to a URL longer than " + settings.maxUrlLength() + " characters refused");
        }
        try {
            URI resolved = new URI(from.url()).resolve(new URI(encodeLoosely(location.strip())));
            String text = resolved.toString();
            int hash = text.indexOf('#');
            return hash < 0 ? text : text.substring(0, hash);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw ProcessingFailure.of(FailureKind.HTTP_ERROR,
                    from.url() + " redirects to an invalid URL '" + location + "'", e);
        }
    }

    /**
     * Servers often send Location headers with raw spaces or UTF-8 bytes (which arrive here as Latin-1
     * chars); browsers percent-encode them, and so do we, byte for byte.
     */
    static String encodeLoosely(String location) {
        StringBuilder out = new StringBuilder(location.length());
        for (int c : location.codePoints().toArray()) {
            if (c > 0x20 && c < 0x7f && "<>\"{}|\\^`".indexOf(c) < 0) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
                }
            }
        }
        return out.toString();
    }

    private FetchedPage page(GuardedTarget target, PinnedHttpClient.RawResponse response) {
        ResponseHead head = response.head();
        StatusFailures.check(target, head);
        String mediaType = head.mediaType();
        if (!mediaType.isEmpty() && !HTML_TYPES.contains(mediaType)) {
            throw ProcessingFailure.of(FailureKind.NOT_HTML,
                    target.url() + " is '" + mediaType + "', not an HTML page");
        }
        byte[] body = ContentDecoding.decode(response.body(), head.header("content-encoding"), settings, target.url());
        if (body.length == 0) {
            throw ProcessingFailure.of(FailureKind.EMPTY_TEXT, target.url() + " returned an empty body (0 bytes)");
        }
        HtmlCharset.Decoded decoded = HtmlCharset.decode(body, head.header("content-type"));
        BodySniffer.check(target.url(), mediaType, body, decoded.charset());
        return new FetchedPage(target.url(), decoded.text(), mediaType.isEmpty() ? "text/html" : mediaType,
                decoded.charset().name());
    }

    static boolean isUtf16(java.nio.charset.Charset charset) {
        return charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE)
                || charset.name().toUpperCase(java.util.Locale.ROOT).startsWith("UTF-16")
                || charset.name().toUpperCase(java.util.Locale.ROOT).startsWith("UTF-32");
    }
}
