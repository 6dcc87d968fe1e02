package dev.postsummarizer.adapter.out.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * Writes CloudWatch Embedded Metric Format lines: one JSON object per line on standard output, which the
 * Lambda runtime ships to CloudWatch Logs, where the metrics are extracted without any API call from the
 * function (no latency, no extra permission).
 */
public final class EmbeddedMetrics {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String namespace;
    private final PrintStream out;
    private final Clock clock;

    public EmbeddedMetrics(String namespace, PrintStream out, Clock clock) {
        this.namespace = namespace;
        this.out = out;
        this.clock = clock;
    }

    /**
     * @param dimensions dimension name → value (one dimension set)
     * @param metrics    metric name → value and unit
     * @param properties searchable properties that are not dimensions (e.g. postId)
     */
    void emit(Map<String, String> dimensions, Map<String, Metric> metrics, Map<String, String> properties) {
        ObjectNode line = JSON.createObjectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", namespace);
        ArrayNode dimensionSet = directive.putArray("Dimensions").addArray();
        dimensions.keySet().forEach(dimensionSet::add);
        ArrayNode definitions = directive.putArray("Metrics");
        metrics.forEach((name, metric) -> definitions.addObject().put("Name", name).put("Unit", metric.unit()));
        dimensions.forEach(line::put);
        metrics.forEach((name, metric) -> line.put(name, metric.value()));
        properties.forEach((name, value) -> {
            if (value != null) {
                line.put(name, value);
            }
        });
        out.println(line);
    }

    /** A metric value with its CloudWatch unit ("Milliseconds", "Count"). */
    record Metric(double value, String unit) {

        static Metric millis(long value) {
            return new Metric(value, "Milliseconds");
        }

        static Metric count(long value) {
            return new Metric(value, "Count");
        }
    }
}
