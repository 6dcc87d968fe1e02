package dev.postsummarizer.adapter.in.lambda;

import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * The artifact as the digest Lambda runs it (exporting only {@code digest}), with two recipients and the
 * default 100 kB size limit. The digest needs nothing of the summarize flow, so its function and wiring are
 * left out; that also keeps this test independent of the fetch, extraction and model adapters.
 */
public class DigestProfile implements QuarkusTestProfile {

    static final String FROM = "digest@news.example.org";
    static final String TO_1 = "ana@readers.example.org";
    static final String TO_2 = "ben@readers.example.org";
    static final String REPLY_TO = "editors@news.example.org";
    static final String API = "https://api.example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.funqy.export", "digest",
                "quarkus.arc.exclude-types", SummarizeFunction.class.getName()
                        + ",dev.postsummarizer.config.ApplicationServices",
                "digest.from", FROM,
                "digest.to", TO_1 + "," + TO_2,
                "digest.reply-to", REPLY_TO,
                "digest.api-base-url", API);
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SystemClock.class);
    }

    /** The clock ApplicationServices would produce, since that class is left out here. */
    @Alternative
    @ApplicationScoped
    public static class SystemClock {

        @Produces
        @ApplicationScoped
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
