package dev.postsummarizer.adapter.out.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A resolver we control: names map to fixed answers, everything else does not resolve. Counts lookups. */
final class TestResolver implements HostResolver {

    private final Map<String, List<InetAddress>> answers = new HashMap<>();
    final AtomicInteger lookups = new AtomicInteger();

    TestResolver answer(String name, String... literals) {
        answers.put(name, java.util.Arrays.stream(literals).map(TestResolver::literal).toList());
        return this;
    }

    @Override
    public List<InetAddress> resolve(String asciiHost) throws UnknownHostException {
        lookups.incrementAndGet();
        List<InetAddress> found = answers.get(asciiHost);
        if (found == null) {
            throw new UnknownHostException("test resolver knows no " + asciiHost);
        }
        return found;
    }

    static InetAddress literal(String literal) {
        try {
            return InetAddress.getByName(literal); // test literals only: no DNS
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
