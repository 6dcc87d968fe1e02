package dev.postsummarizer.adapter.out.fetch;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides whether a URL may be fetched, before any connection is made, and pins the address to connect to.
 * Run on the first URL and again on every redirect target.
 *
 * <p>Order matters for clear reasons and for doing no needless work: syntax (scheme, user info, length),
 * then the host as written (IP literals in every spelling, reserved names), then the port, and only then
 * a DNS lookup whose every answer must be public.
 */
public final class SsrfGuard {

    private static final Pattern DNS_NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");
    private static final String LOOPBACK_LITERAL = "127.0.0.1";

    private final FetchSettings settings;
    private final HostResolver resolver;

    public SsrfGuard(FetchSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    public GuardedTarget check(String url) {
        URI uri = parse(url);
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw invalid("url has no host");
        }
        if (authority.contains("@")) {
            throw invalid("url must not contain user info (user@host): '" + authority + "'");
        }
        HostAndPort hp = HostAndPort.split(authority, https ? 443 : 80);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String requestUrl = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;

        Optional<InetAddress> literal = literalAddress(hp.host());
        if (literal.isPresent()) {
            InetAddress address = literal.get();
            if (settings.allowLoopback() && hp.host().equals(LOOPBACK_LITERAL)) {
                return new GuardedTarget(requestUrl, https, hp.host(), hp.port(), pathAndQuery, address);
            }
            String meaning = hp.host().replaceAll("[\\[\\]]", "").equalsIgnoreCase(address.getHostAddress())
                    ? "" : " (means " + address.getHostAddress() + ")";
            AddressRules.whyForbidden(address).ifPresent(reason -> {
                throw forbidden("host '" + hp.host() + "'" + meaning + " is a " + reason);
            });
            checkPort(hp.port());
            String hostHeader = address instanceof java.net.Inet6Address ? "[" + address.getHostAddress() + "]"
                    : address.getHostAddress();
            return new GuardedTarget(requestUrl, https, hostHeader, hp.port(), pathAndQuery, address);
        }

        String name = dnsName(hp.host());
        checkPort(hp.port());
        InetAddress address = resolveAndCheck(name);
        return new GuardedTarget(requestUrl, https, name, hp.port(), pathAndQuery, address);
    }

    private URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw invalid("url is missing");
        }
        if (url.length() > settings.maxUrlLength()) {
            throw invalid("url is longer than " + settings.maxUrlLength() + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid("url is not a valid URI: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw invalid("url scheme must be http or https, got " + (scheme == null ? "none" : "'" + scheme + "'"));
        }
        if (uri.isOpaque()) {
            throw invalid("url has no host");
        }
        return uri;
    }

    /** The address an IP literal means (any spelling), empty for names. */
    private Optional<InetAddress> literalAddress(String host) {
        if (host.startsWith("[")) {
            String inner = host.substring(1, host.length() - 1);
            if (inner.contains("%")) {
                throw forbidden("IPv6 zone identifiers are not allowed: '" + host + "'");
            }
            if (!IPV6_CHARS.matcher(inner).matches()) {
                throw invalid("host '" + host + "' is not a valid IPv6 address");
            }
            return Optional.of(byLiteral(inner, host));
        }
        String ascii = toAscii(host);
        if (Ipv4Literal.looksNumeric(ascii)) {
            return Optional.of(Ipv4Literal.parse(ascii).orElseThrow(() -> forbidden(
                    "host '" + host + "' looks like an IP address but is not a valid one")));
        }
        return Optional.empty();
    }

    /** Lower-case ASCII form of a host name, trailing dot dropped, refused if it names this machine or network. */
    private String dnsName(String host) {
        String name = toAscii(host);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (!DNS_NAME.matcher(name).matches()) {
            throw invalid("host '" + host + "' is not a valid DNS name");
        }
        ReservedNames.whyForbidden(name).ifPresent(reason -> {
            throw forbidden("host '" + host + "' " + reason);
        });
        return name;
    }

    private InetAddress resolveAndCheck(String name) {
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw ProcessingFailure.of(FailureKind.NOT_FOUND, "host '" + name + "' does not resolve (no DNS address)", e);
        }
        if (addresses == null || addresses.isEmpty()) {
            throw ProcessingFailure.of(FailureKind.NOT_FOUND, "host '" + name + "' does not resolve (no DNS address)");
        }
        for (InetAddress address : addresses) {
            AddressRules.whyForbidden(address).ifPresent(reason -> {
                throw forbidden("host '" + name + "' resolves to " + address.getHostAddress() + ", a " + reason);
            });
        }
        return addresses.get(0);
    }

    private void checkPort(int port) {
        if (!settings.allowedPorts().contains(port)) {
            throw forbidden("port " + port + " is not allowed (allowed: " + new TreeSet<>(settings.allowedPorts()) + ")");
        }
    }

    private static String toAscii(String host) {
        if (host.contains("%")) {
            throw forbidden("percent-encoded host names are not allowed: '" + host + "'");
        }
        try {
            // IDN folds look-alikes (fullwidth digits, circled letters) to ASCII, so they are judged as what they mean
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid("host '" + host + "' is not a valid internationalized domain name");
        }
    }

    private static InetAddress byLiteral(String literal, String asWritten) {
        try {
            return InetAddress.getByName(literal); // a literal (checked above): no DNS lookup happens
        } catch (UnknownHostException e) {
            throw invalid("host '" + asWritten + "' is not a valid IPv6 address");
        }
    }

    private static ProcessingFailure forbidden(String message) {
        return ProcessingFailure.of(FailureKind.FORBIDDEN_ADDRESS, message);
    }

    private static ProcessingFailure invalid(String message) {
        return ProcessingFailure.of(FailureKind.INVALID_URL, message);
    }
}
