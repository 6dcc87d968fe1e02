package dev.postsummarizer.adapter.out.fetch;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes gzip/deflate Content-Encoding with the same cap as the raw body, counted on the decoded bytes, so
 * a small compressed body cannot expand into gigabytes (a gzip bomb stops at the cap).
 */
final class ContentDecoding {

    private ContentDecoding() {
    }

    static byte[] decode(byte[] raw, String contentEncoding, FetchSettings settings, String url) {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "", "identity" -> raw;
                case "gzip", "x-gzip" -> capped(new GZIPInputStream(new ByteArrayInputStream(raw), 8192), settings, url);
                case "deflate" -> inflate(raw, settings, url);
                default -> throw ProcessingFailure.of(FailureKind.HTTP_ERROR,
                        "page " + url + " uses an unsupported Content-Encoding '" + encoding + "'");
            };
        } catch (IOException e) {
            throw ProcessingFailure.of(FailureKind.HTTP_ERROR,
                    "page " + url + " has a corrupt " + encoding + " body: " + e.getMessage(), e);
        }
    }

    /** "deflate" is zlib-wrapped per the spec, but some servers send raw deflate: try both. */
    private static byte[] inflate(byte[] raw, FetchSettings settings, String url) throws IOException {
        try {
            return capped(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(false)), settings, url);
        } catch (java.util.zip.ZipException e) {
            return capped(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), settings, url);
        }
    }

    private static byte[] capped(InputStream in, FetchSettings settings, String url) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > settings.maxBodyBytes()) {
                    throw ProcessingFailure.of(FailureKind.TOO_LARGE, "page body of " + url + " decompresses to more than "
                            + settings.maxBodyInWords() + " (decompression stopped at the cap)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
