package dev.postsummarizer.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A post's URL in canonical form and the id derived from it.
 *
 * <p>Canonical form: scheme and host lower-cased, default port dropped, fragment dropped, tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) dropped, remaining query parameters sorted, an
 * empty path written as {@code /}. Two URLs that differ only in those ways name the same post, so they get
 * the same {@code postId} (SHA-256 of the canonical URL, hex).
 */
public record PostUrl(String original, String canonical, String postId) {

    /** Longest URL accepted; longer ones are refused as invalid rather than stored. */
    public static final int MAX_LENGTH = 2048;

    public static PostUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new PermanentFailure(FailureKind.INVALID_URL, "url is missing");
        }
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new PermanentFailure(FailureKind.INVALID_URL,
                    "url is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new PermanentFailure(FailureKind.INVALID_URL, "url is not a valid URI: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new PermanentFailure(FailureKind.INVALID_URL,
                    "url scheme must be http or https, got " + (scheme == null ? "none" : "'" + scheme + "'"));
        }
        if (uri.getRawUserInfo() != null) {
            throw new PermanentFailure(FailureKind.INVALID_URL, "url must not contain user info (user@host)");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new PermanentFailure(FailureKind.INVALID_URL, "url has no host");
        }
        String canonical = canonicalize(scheme, host.toLowerCase(Locale.ROOT), uri.getPort(),
                uri.getRawPath(), uri.getRawQuery());
        return new PostUrl(trimmed, canonical, sha256Hex(canonical));
    }

    /** The host as written in the canonical URL (IPv6 literals keep their brackets). */
    public String host() {
        return URI.create(canonical).getHost();
    }

    private static String canonicalize(String scheme, String host, int port, String rawPath, String rawQuery) {
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        boolean defaultPort = port == -1
                || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
        String query = canonicalQuery(rawQuery);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid")) {
                continue;
            }
            kept.add(pair);
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
