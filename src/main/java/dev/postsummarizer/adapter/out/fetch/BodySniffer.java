package dev.postsummarizer.adapter.out.fetch;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses bodies that are not text whatever their Content-Type says (an image or archive served as
 * text/html), and bodies without a Content-Type that do not look like markup.
 */
final class BodySniffer {

    private static final int SNIFF_BYTES = 8 * 1024;
    /** More than this share of control bytes in the sniffed prefix means binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private BodySniffer() {
    }

    static void check(String url, String mediaType, byte[] body, Charset charset) {
        int n = Math.min(body.length, SNIFF_BYTES);
        if (!GuardedPageFetcher.isUtf16(charset)) {
            int control = 0;
            for (int i = 0; i < n; i++) {
                int b = body[i] & 0xff;
                if (b == 0) {
                    throw notHtml(url, mediaType, "contains NUL bytes");
                }
                if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                    control++;
                }
            }
            if (control > n * MAX_CONTROL_SHARE) {
                throw notHtml(url, mediaType, "is mostly control characters");
            }
        }
        if (mediaType.isEmpty()) {
            String start = new String(body, 0, n, GuardedPageFetcher.isUtf16(charset) ? charset
                    : StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (!start.contains("<html") && !start.contains("<!doctype html") && !start.contains("<body")
                    && !start.contains("<head")) {
                throw ProcessingFailure.of(FailureKind.NOT_HTML,
                        url + " has no Content-Type and its body does not look like HTML");
            }
        }
    }

    private static ProcessingFailure notHtml(String url, String mediaType, String what) {
        String declared = mediaType.isEmpty() ? "no Content-Type" : "Content-Type " + mediaType;
        return ProcessingFailure.of(FailureKind.NOT_HTML,
                url + " is binary, not an HTML page: its body (" + declared + ") " + what);
    }
}
