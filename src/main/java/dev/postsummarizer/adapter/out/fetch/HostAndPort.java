package dev.postsummarizer.adapter.out.fetch;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import java.util.Locale;

/** The host and port of a URL authority (user info already refused); IPv6 hosts keep their brackets. */
record HostAndPort(String host, int port) {

    static HostAndPort split(String authority, int defaultPort) {
        String host;
        String portText = "";
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw invalid("unclosed '[' in host '" + authority + "'");
            }
            host = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw invalid("unexpected text after IPv6 host: '" + authority + "'");
            }
            portText = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? "" : authority.substring(colon + 1);
        }
        if (host.isEmpty() || host.equals("[]")) {
            throw invalid("url has no host");
        }
        return new HostAndPort(host.toLowerCase(Locale.ROOT), port(portText, defaultPort));
    }

    private static int port(String text, int defaultPort) {
        if (text.isEmpty()) {
            return defaultPort;
        }
        if (text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid("url has an invalid port '" + text + "'");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw invalid("url has an invalid port '" + text + "'");
        }
        return port;
    }

    private static ProcessingFailure invalid(String message) {
        return ProcessingFailure.of(FailureKind.INVALID_URL, message);
    }
}
