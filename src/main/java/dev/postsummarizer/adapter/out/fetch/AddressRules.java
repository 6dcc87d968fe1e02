package dev.postsummarizer.adapter.out.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a fetch may never reach: anything that is not a public unicast address. One table of
 * ranges, each with the words used in the refusal. IPv6 forms that carry an IPv4 address (mapped,
 * compatible, NAT64, 6to4) are judged by the IPv4 address inside them.
 */
final class AddressRules {

    private record Range(byte[] network, int prefix, String name) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Range> FORBIDDEN = List.of(
            range("0.0.0.0", 8, "unspecified / 'this network' address (0.0.0.0/8)"),
            range("10.0.0.0", 8, "private network address (10.0.0.0/8)"),
            range("100.64.0.0", 10, "carrier-grade NAT address (100.64.0.0/10)"),
            range("127.0.0.0", 8, "loopback address (127.0.0.0/8)"),
            range("169.254.0.0", 16, "link-local address (169.254.0.0/16, includes the cloud instance metadata service)"),
            range("172.16.0.0", 12, "private network address (172.16.0.0/12)"),
            range("192.0.0.0", 24, "IETF protocol assignment address (192.0.0.0/24)"),
            range("192.0.2.0", 24, "documentation address (192.0.2.0/24)"),
            range("192.88.99.0", 24, "6to4 relay anycast address (192.88.99.0/24)"),
            range("192.168.0.0", 16, "private network address (192.168.0.0/16)"),
            range("198.18.0.0", 15, "benchmarking address (198.18.0.0/15)"),
            range("198.51.100.0", 24, "documentation address (198.51.100.0/24)"),
            range("203.0.113.0", 24, "documentation address (203.0.113.0/24)"),
            range("224.0.0.0", 4, "multicast address (224.0.0.0/4)"),
            range("240.0.0.0", 4, "reserved or broadcast address (240.0.0.0/4)"),
            range("::", 128, "unspecified IPv6 address (::)"),
            range("::1", 128, "IPv6 loopback address (::1)"),
            range("64:ff9b:1::", 48, "local-use NAT64 address (64:ff9b:1::/48)"),
            range("100::", 64, "IPv6 discard address (100::/64)"),
            range("2001::", 32, "Teredo tunnel address (2001::/32)"),
            range("2001:db8::", 32, "IPv6 documentation address (2001:db8::/32)"),
            range("fc00::", 7, "IPv6 unique local (private) address (fc00::/7, includes the EC2 metadata address fd00:ec2::254)"),
            range("fe80::", 10, "IPv6 link-local address (fe80::/10)"),
            range("fec0::", 10, "IPv6 site-local address (fec0::/10)"),
            range("ff00::", 8, "IPv6 multicast address (ff00::/8)"));

    private AddressRules() {
    }

    /** Why the address is forbidden, or empty when it is a public unicast address. */
    static Optional<String> whyForbidden(InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<byte[]> embedded = embeddedIpv4(address, bytes);
        if (embedded.isPresent()) {
            return whyForbidden(toAddress(embedded.get()))
                    .map(reason -> "IPv6 address carrying an IPv4 " + reason);
        }
        for (Range range : FORBIDDEN) {
            if (range.contains(bytes)) {
                return Optional.of(range.name());
            }
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address inside IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96, not :: or ::1),
     * NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses.
     */
    private static Optional<byte[]> embeddedIpv4(InetAddress address, byte[] b) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        boolean firstTenZero = allZero(b, 0, 10);
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return Optional.of(slice(b, 12));
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0 && !(allZero(b, 12, 15) && (b[15] == 0 || b[15] == 1))) {
            return Optional.of(slice(b, 12));
        }
        if ((b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12)) {
            return Optional.of(slice(b, 12));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Optional.of(slice(b, 2));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }

    private static InetAddress toAddress(byte[] four) {
        try {
            return Inet4Address.getByAddress(four);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Range range(String literal, int prefix, String name) {
        try {
            // literals only: getByName never consults DNS for them
            return new Range(InetAddress.getByName(literal).getAddress(), prefix, name);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("bad range literal " + literal, e);
        }
    }
}
