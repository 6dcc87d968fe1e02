package dev.postsummarizer.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.adapter.in.lambda.SummaryView;
import dev.postsummarizer.adapter.out.dynamodb.DynamoDbSummaryStore;
import dev.postsummarizer.adapter.out.llm.ChatModelFactory;
import dev.postsummarizer.adapter.out.llm.ModelSettings;
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
import java.util.Locale;
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
 * summarize flow (extraction, repost detection, triage, summarizing, story linking, the store adapter and the
 * DynamoDB SDK's request pipeline) against a DynamoDB client whose HTTP client answers every call with an
 * empty success and sends nothing; the result is serialised to JSON as a response would be; the real DynamoDB
 * client is built. Summarizing uses the offline summarizer, or with {@code summarizer.provider=bedrock} the
 * Bedrock model through the same LangChain4j and SDK code, answered by a canned reply
 * ({@code priming/sample-draft.json}); other providers are stood in for by the offline summarizer.
 *
 * <p>Only under SnapStart ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, set by Lambda while it prepares
 * a snapshot): an on-demand init would only get longer. Nothing that must differ per execution environment is
 * made here: no request leaves the process (no connection is opened, the real credentials are never read, the
 * model is never called), no random value is
 * kept, nothing is stored or logged as a post. A failure is logged and ignored: priming is an optimisation,
 * never a reason for init to fail.
 */
@ApplicationScoped
public class SnapStartPriming {

    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    static final String SAMPLE_PAGE = "priming/sample-thread.html";
    static final String SAMPLE_URL = "https://forum.example.org/topic/1-priming/";
    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

    static final String SAMPLE_DRAFT = "priming/sample-draft.json";

    /**
     * What the warm-up runs with: the application's adapters, the summarizer that never leaves the process
     * (made when priming runs, not when the bean is), and how to reach the framework's parts.
     */
    record Parts(PageFetcher fetcher, ContentExtractor extractor, RepostDetector reposts, PageTriage triage,
            Supplier<Summarizer> summarizer, SummaryTableConfig table, Supplier<ObjectMapper> json,
            Supplier<?> buildClients) {
    }

    private final Parts parts;
    private final boolean enabled;
    private final Map<String, String> environment;

    @Inject
    public SnapStartPriming(PageFetcher fetcher, ContentExtractor extractor, RepostDetector reposts,
            PageTriage triage, Summarizer summarizer, SummarizerConfig summarizerConfig, SummaryTableConfig table,
            Instance<ObjectMapper> json, Instance<DynamoDbClient> dynamoDb,
            @ConfigProperty(name = "snapstart.priming", defaultValue = "true") boolean enabled) {
        this(new Parts(fetcher, extractor, reposts, triage, () -> inProcess(summarizer, summarizerConfig), table,
                json::get, () -> dynamoDb.get().serviceName()), enabled, System.getenv());
    }

    /** The configured summarizer when it is offline; Bedrock answered by the canned reply; else offline. */
    static Summarizer inProcess(Summarizer configured, SummarizerConfig config) {
        String provider = config.provider().strip().toLowerCase(Locale.ROOT);
        if (provider.isEmpty() || provider.equals("offline")) {
            return configured;
        }
        NeutralityLexicon lexicon = NeutralityLexicon.fromClasspath();
        if (!provider.equals("bedrock")) {
            return new OfflineSummarizer(lexicon);
        }
        ModelSettings settings = SummarizerProducer.settings(provider, config);
        byte[] reply = converseReply(resource(SAMPLE_DRAFT));
        return SummarizerProducer.langChain4j(
                ChatModelFactory.bedrockAnsweredBy(settings, new CannedSdkHttpClient("application/json", reply)),
                settings, config, lexicon);
    }

    /** A Bedrock Converse response whose text is the given draft. */
    static byte[] converseReply(String draft) {
        ObjectMapper json = new ObjectMapper();
        var root = json.createObjectNode();
        var message = root.putObject("output").putObject("message");
        message.put("role", "assistant");
        message.putArray("content").addObject().put("text", draft);
        root.put("stopReason", "end_turn");
        root.putObject("usage").put("inputTokens", 1000).put("outputTokens", 150).put("totalTokens", 1150);
        root.putObject("metrics").put("latencyMs", 1);
        try {
            return json.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
        Summarizer summarizer = parts.summarizer().get();
        try (DynamoDbClient canned = DynamoDbClient.builder()
                .httpClient(new CannedSdkHttpClient("application/x-amz-json-1.0", "{}".getBytes(StandardCharsets.UTF_8)))
                .endpointOverride(URI.create("http://127.0.0.1"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .build()) {
            SummarizePost flow = new SummarizePost(new SummarizePost.Collaborators(parts.fetcher(), parts.extractor(),
                    parts.reposts(), parts.triage(), summarizer, new DynamoDbSummaryStore(canned, parts.table())),
                    Clock.systemUTC(), parts.table().lease(), FlowEvents.NONE);
            return flow.summarize(new SummarizeCommand(SAMPLE_URL, resource(SAMPLE_PAGE), null));
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

    private static String resource(String name) {
        try (InputStream in = SnapStartPriming.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
