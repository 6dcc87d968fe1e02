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
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new PermanentFailure(FailureKind.INVALID_URL, "url must not contain user info (user@host)");
        }
        String host = hostOf(uri);
        if (host == null || host.isBlank()) {
            throw new PermanentFailure(FailureKind.INVALID_URL, "url has no host");
        }
        String canonical = canonicalize(scheme, host.toLowerCase(Locale.ROOT), portOf(uri),
                uri.getRawPath(), uri.getRawQuery());
        return new PostUrl(trimmed, canonical, sha256Hex(canonical));
    }

    /** The host as written in the canonical URL (IPv6 literals keep their brackets). */
    public String host() {
        return hostOf(URI.create(canonical));
    }

    /**
     * The host of a server-based or registry-based authority. {@link URI#getHost()} is null for hosts it
     * cannot parse as a DNS name or dotted quad ({@code 127.1}, {@code 0x7f.1}, non-ASCII names); browsers
     * still treat those as hosts, so we keep them as written and let the fetcher's guard judge them rather
     * than rejecting them here with a vaguer reason.
     */
    private static String hostOf(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost().toLowerCase(Locale.ROOT);
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.contains("@")) {
            return null;
        }
        int colon = authority.lastIndexOf(':');
        boolean bracketed = authority.startsWith("[");
        if (colon >= 0 && !bracketed) {
            authority = authority.substring(0, colon);
        }
        return authority.toLowerCase(Locale.ROOT);
    }

    /** The port of a server-based or registry-based authority, -1 when none is written. */
    private static int portOf(URI uri) {
        if (uri.getHost() != null || uri.getRawAuthority() == null) {
            return uri.getPort();
        }
        String authority = uri.getRawAuthority();
        int colon = authority.lastIndexOf(':');
        if (colon < 0 || authority.startsWith("[")) {
            return -1;
        }
        String digits = authority.substring(colon + 1);
        if (digits.isEmpty()) {
            return -1;
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 5
                || Integer.parseInt(digits) > 65535) {
            throw new PermanentFailure(FailureKind.INVALID_URL, "url has an invalid port '" + digits + "'");
        }
        return Integer.parseInt(digits);
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
