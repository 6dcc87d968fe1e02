package dev.postsummarizer.adapter.out.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of an HTML body and decodes it, in the HTML standard's order: a byte order mark, then
 * the Content-Type header's charset, then a {@code <meta>} declaration in the first 1024 bytes, then UTF-8.
 * Unknown or unsupported names are skipped (the next source decides); bytes that do not fit the charset
 * become U+FFFD instead of failing the page.
 */
final class HtmlCharset {

    /** The decoded text and the charset used. */
    record Decoded(String text, Charset charset) {
    }

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int PRESCAN_BYTES = 1024;

    private HtmlCharset() {
    }

    static Decoded decode(byte[] body, String contentTypeHeader) {
        Charset charset = fromBom(body)
                .or(() -> fromHeader(contentTypeHeader))
                .or(() -> fromMeta(body))
                .orElse(StandardCharsets.UTF_8);
        int skip = bomLength(body, charset);
        return new Decoded(decodeLeniently(body, skip, charset), charset);
    }

    static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    static Optional<Charset> fromHeader(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? named(m.group(1), false) : Optional.empty();
    }

    static Optional<Charset> fromMeta(byte[] body) {
        // the prescan reads bytes as ASCII: every charset a page may declare in <meta> is ASCII-compatible
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? named(m.group(1), true) : Optional.empty();
    }

    private static Optional<Charset> named(String name, boolean fromMeta) {
        String label = name.strip().toLowerCase(Locale.ROOT);
        // the HTML standard's overrides: Latin-1 labels mean windows-1252; a <meta> cannot declare UTF-16
        // (the bytes were just read as ASCII), and x-user-defined is windows-1252 for our purposes
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii")
                || label.equals("ascii") || label.equals("x-user-defined")) {
            label = "windows-1252";
        }
        if (fromMeta && label.startsWith("utf-16")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Charset.isSupported(label) ? Optional.of(Charset.forName(label)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int bomLength(byte[] b, Charset charset) {
        if (fromBom(b).isEmpty() || !fromBom(b).get().equals(charset)) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static String decodeLeniently(byte[] body, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
    }
}
