package dev.postsummarizer.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.adapter.in.lambda.SummaryView;
import dev.postsummarizer.adapter.out.dynamodb.CannedDynamoDbHttpClient;
import dev.postsummarizer.adapter.out.dynamodb.DynamoDbSummaryStore;
import dev.postsummarizer.adapter.out.dynamodb.SummaryTableConfig;
import dev.postsummarizer.adapter.out.offline.OfflineSummarizer;
import dev.postsummarizer.application.SummarizeCommand;
import dev.postsummarizer.application.SummarizePost;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.port.ContentExtractor;
import dev.postsummarizer.application.port.FlowEvents;
import dev.postsummarizer.application.port.PageFetcher;
import dev.postsummarizer.application.port.PageTriage;
import dev.postsummarizer.application.port.RepostDetector;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.SummaryRecord;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Warms the function up during a SnapStart init, so the snapshot holds loaded, linked and initialised classes
 * instead of the first invocation paying for them. A bundled made-up page goes once through the whole
 * summarize flow (extraction, repost detection, triage, the offline summarizer, story linking, the store
 * adapter and the DynamoDB SDK's request pipeline) against a DynamoDB client whose HTTP client answers every
 * call with an empty success and sends nothing; the result is serialised to JSON as a response would be; the
 * real DynamoDB client is built.
 *
 * <p>Only under SnapStart ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, set by Lambda while it prepares
 * a snapshot): an on-demand init would only get longer. Nothing that must differ per execution environment is
 * made here: no request leaves the process (no connection is opened, the real credentials are never read, the
 * model is never called: a configured model is stood in for by the offline summarizer), no random value is
 * kept, nothing is stored or logged as a post. A failure is logged and ignored: priming is an optimisation,
 * never a reason for init to fail.
 */
@ApplicationScoped
public class SnapStartPriming {

    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    static final String SAMPLE_PAGE = "priming/sample-thread.html";
    static final String SAMPLE_URL = "https://forum.example.org/topic/1-priming/";
    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

    /** What the warm-up runs with: the application's adapters, and how to reach the framework's parts. */
    record Parts(PageFetcher fetcher, ContentExtractor extractor, RepostDetector reposts, PageTriage triage,
            Summarizer summarizer, SummaryTableConfig table, Supplier<ObjectMapper> json, Supplier<?> buildClients) {
    }

    private final Parts parts;
    private final boolean enabled;
    private final Map<String, String> environment;

    @Inject
    public SnapStartPriming(PageFetcher fetcher, ContentExtractor extractor, RepostDetector reposts,
            PageTriage triage, Summarizer summarizer, SummaryTableConfig table, Instance<ObjectMapper> json,
            Instance<DynamoDbClient> dynamoDb,
            @ConfigProperty(name = "snapstart.priming", defaultValue = "true") boolean enabled) {
        this(new Parts(fetcher, extractor, reposts, triage, summarizer, table, json::get,
                () -> dynamoDb.get().serviceName()), enabled, System.getenv());
    }

    SnapStartPriming(Parts parts, boolean enabled, Map<String, String> environment) {
        this.parts = parts;
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
        int done = 0;
        SummaryRecord record = step("summarize flow", this::summarizeSamplePage);
        if (record != null) {
            done++;
            done += step("json", () -> parts.json().get().writeValueAsBytes(SummaryView.of(record))) != null ? 1 : 0;
        }
        done += step("clients", parts.buildClients()::get) != null ? 1 : 0;
        LOG.infof("SnapStart priming: %d of 3 steps in %d ms", done,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return done;
    }

    private SummaryRecord summarizeSamplePage() {
        Summarizer summarizer = parts.summarizer().model().startsWith("offline") ? parts.summarizer()
                : new OfflineSummarizer(NeutralityLexicon.fromClasspath());
        try (DynamoDbClient canned = DynamoDbClient.builder()
                .httpClient(new CannedDynamoDbHttpClient())
                .endpointOverride(URI.create("http://127.0.0.1"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .build()) {
            SummarizePost flow = new SummarizePost(new SummarizePost.Collaborators(parts.fetcher(), parts.extractor(),
                    parts.reposts(), parts.triage(), summarizer, new DynamoDbSummaryStore(canned, parts.table())),
                    Clock.systemUTC(), parts.table().lease(), FlowEvents.NONE);
            return flow.summarize(new SummarizeCommand(SAMPLE_URL, samplePage(), null));
        }
    }

    private static <T> T step(String name, Checked<T> work) {
        try {
            return work.get();
        } catch (Exception e) {
            LOG.warnf("SnapStart priming step '%s' failed (ignored): %s", name, e.toString());
            return null;
        }
    }

    @FunctionalInterface
    private interface Checked<T> {
        T get() throws Exception;
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
