package dev.postsummarizer.adapter.out.fetch;

import java.net.InetAddress;

/**
 * A URL that passed the SSRF guard, with the one address it was checked against. The client connects to
 * {@code address} and nothing else; {@code host} only goes into the Host header and TLS SNI.
 *
 * @param url          the URL as requested (fragment dropped)
 * @param https        whether to use TLS
 * @param host         the host for the Host header and SNI (ASCII, no trailing dot; IPv6 in brackets)
 * @param port         the port, explicit or the scheme's default
 * @param pathAndQuery the raw request target, at least "/"
 * @param address      the checked address to connect to
 */
public record GuardedTarget(String url, boolean https, String host, int port, String pathAndQuery,
        InetAddress address) {
}
