package dev.postsummarizer.adapter.out.fetch;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads IPv4 addresses the way browsers and many HTTP stacks do (the WHATWG URL "IPv4 parser"), so that
 * every spelling of an address is recognised before any lookup: {@code 127.1}, {@code 0x7f.1},
 * {@code 2130706433}, {@code 017700000001} and {@code 0x7f000001} are all 127.0.0.1. A host whose last
 * label is a number but which is not a valid address is refused outright, as browsers do.
 */
final class Ipv4Literal {

    private Ipv4Literal() {
    }

    /** True when the host must be read as an IPv4 address (its last label is a number). */
    static boolean looksNumeric(String host) {
        List<String> parts = labels(host);
        return !parts.isEmpty() && parseNumber(parts.get(parts.size() - 1)) != null;
    }

    /**
     * The address, or empty when the host looks numeric but is not a valid address (too many parts, a part
     * out of range, a non-number part).
     */
    static Optional<InetAddress> parse(String host) {
        List<String> parts = labels(host);
        if (parts.isEmpty() || parts.size() > 4) {
            return Optional.empty();
        }
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : parts) {
            BigInteger n = parseNumber(part);
            if (n == null) {
                return Optional.empty();
            }
            numbers.add(n);
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < numbers.size() - 1; i++) {
            if (numbers.get(i).compareTo(BigInteger.valueOf(255)) > 0) {
                return Optional.empty();
            }
            value = value.add(numbers.get(i).shiftLeft(8 * (3 - i)));
        }
        BigInteger last = numbers.get(numbers.size() - 1);
        int lastBits = 8 * (5 - numbers.size());
        if (last.bitLength() > lastBits) {
            return Optional.empty();
        }
        value = value.add(last);
        long v = value.longValue();
        byte[] bytes = {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    private static List<String> labels(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (h.isEmpty()) {
            return List.of();
        }
        return List.of(h.split("\\.", -1));
    }

    /** A decimal, octal (leading 0) or hex (0x) number, or null. Arbitrary length, so nothing overflows. */
    private static BigInteger parseNumber(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
            if (digits.isEmpty()) {
                return BigInteger.ZERO;
            }
        } else if (part.length() >= 2 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'f') {
                return null;
            }
        }
        return new BigInteger(digits, radix);
    }
}
