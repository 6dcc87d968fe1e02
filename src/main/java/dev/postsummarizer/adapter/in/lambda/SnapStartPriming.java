package dev.postsummarizer.adapter.in.lambda;

import dev.postsummarizer.application.port.ContentExtractor;
import dev.postsummarizer.application.port.PageTriage;
import dev.postsummarizer.application.port.RepostDetector;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Warms the function up during a SnapStart init, so the snapshot holds loaded, linked and initialised classes
 * instead of the first invocation paying for them: a bundled made-up page goes once through extraction, repost
 * detection, triage and, when the summarizer is the offline one, summarizing; the DynamoDB client is built.
 *
 * <p>Only under SnapStart ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, set by Lambda while it prepares a
 * snapshot): an on-demand init would only get longer. Nothing that must differ per execution environment is
 * made here (no request is sent, so no credentials are read and no connection is opened; no random values are
 * drawn), and nothing is stored. A failure is logged and ignored: priming is an optimisation, never a reason
 * for init to fail.
 */
@ApplicationScoped
public class SnapStartPriming {

    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    static final String SAMPLE_PAGE = "priming/sample-thread.html";
    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

    private final ContentExtractor extractor;
    private final RepostDetector reposts;
    private final PageTriage triage;
    private final Summarizer summarizer;
    private final Supplier<?> buildClients;
    private final boolean enabled;
    private final Map<String, String> environment;

    public SnapStartPriming(ContentExtractor extractor, RepostDetector reposts, PageTriage triage,
            Summarizer summarizer, Instance<DynamoDbClient> dynamoDb,
            @ConfigProperty(name = "snapstart.priming", defaultValue = "true") boolean enabled) {
        this(extractor, reposts, triage, summarizer, () -> dynamoDb.get().serviceName(), enabled, System.getenv());
    }

    SnapStartPriming(ContentExtractor extractor, RepostDetector reposts, PageTriage triage, Summarizer summarizer,
            Supplier<?> buildClients, boolean enabled, Map<String, String> environment) {
        this.extractor = extractor;
        this.reposts = reposts;
        this.triage = triage;
        this.summarizer = summarizer;
        this.buildClients = buildClients;
        this.enabled = enabled;
        this.environment = environment;
    }

    void onStart(@Observes StartupEvent event) {
        if (applies()) {
            prime();
        }
    }

    boolean applies() {
        return enabled && "snap-start".equals(environment.get(INITIALIZATION_TYPE));
    }

    /** Runs the warm-up; returns how many of its steps completed (each failure is logged and skipped). */
    int prime() {
        long start = System.nanoTime();
        String html = samplePage();
        int done = 0;
        ExtractedPost post = step("extract", () -> extractor.extract(html, "https://forum.example.org/topic/1/"));
        if (post != null) {
            done++;
            done += step("reposts", () -> reposts.detect(html, post)) != null ? 1 : 0;
            done += step("triage", () -> triage.assess(html, post)) != null ? 1 : 0;
            if (summarizer.model().startsWith("offline")) {
                done += step("summarize", () -> summarizer.summarize(post)) != null ? 1 : 0;
            }
        }
        done += step("clients", buildClients) != null ? 1 : 0;
        LOG.infof("SnapStart priming: %d steps in %d ms", done,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return done;
    }

    private static <T> T step(String name, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            LOG.warnf("SnapStart priming step '%s' failed (ignored): %s", name, e.toString());
            return null;
        }
    }

    private static String samplePage() {
        try (InputStream in = SnapStartPriming.class.getClassLoader().getResourceAsStream(SAMPLE_PAGE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE_PAGE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SAMPLE_PAGE, e);
        }
    }
}
