package dev.postsummarizer.adapter.out.fetch;

import java.util.Optional;
import java.util.Set;

/**
 * Host names that name this machine, the local network or a cloud metadata service, refused before any
 * lookup (their DNS answers would be refused too, but a name-based refusal gives the clearer reason and
 * holds even where a resolver answers with a public-looking address).
 */
final class ReservedNames {

    private static final Set<String> METADATA = Set.of(
            "metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal",
            "metadata.azure.com", "metadata.packet.net");
    private static final Set<String> LOCAL_SUFFIXES = Set.of(
            "localhost", "localdomain", "local", "internal", "intranet", "lan", "home.arpa", "corp", "home",
            "private");

    private ReservedNames() {
    }

    /** @param name lower-case ASCII, no trailing dot */
    static Optional<String> whyForbidden(String name) {
        if (METADATA.contains(name)) {
            return Optional.of("is a cloud instance metadata service");
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || name.equals("localhost.localdomain")) {
            return Optional.of("names this machine (loopback)");
        }
        if (!name.contains(".")) {
            return Optional.of("is a single-label name (local network), not a public domain");
        }
        for (String suffix : LOCAL_SUFFIXES) {
            if (name.endsWith("." + suffix)) {
                return Optional.of("is in the reserved local domain '." + suffix + "'");
            }
        }
        return Optional.empty();
    }
}
