package dev.postsummarizer.adapter.in.lambda;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The artifact as the digest Lambda runs it (exporting only {@code digest}), with two recipients. */
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
                "digest.from", FROM,
                "digest.to", TO_1 + "," + TO_2,
                "digest.reply-to", REPLY_TO,
                "digest.api-base-url", API);
    }
}
