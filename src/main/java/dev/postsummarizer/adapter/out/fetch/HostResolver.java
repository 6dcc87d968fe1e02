package dev.postsummarizer.adapter.out.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a DNS name into addresses. The guard checks every address returned and the client connects to one
 * of those very addresses, so a second lookup (DNS rebinding) can never change where we connect. Tests
 * replace it to make names resolve wherever they need.
 */
@FunctionalInterface
public interface HostResolver {

    /** @param asciiHost a lower-case ASCII (punycode) host name, never an IP literal */
    List<InetAddress> resolve(String asciiHost) throws UnknownHostException;

    /** The JVM's resolver (the operating system's DNS configuration). */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
