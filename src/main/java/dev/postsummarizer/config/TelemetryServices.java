package dev.postsummarizer.config;

import dev.postsummarizer.adapter.out.telemetry.EmbeddedMetrics;
import dev.postsummarizer.adapter.out.telemetry.LoggingFlowEvents;
import dev.postsummarizer.application.port.FlowEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Logs and CloudWatch metrics of the flow (see docs/OPERATIONS.md). */
@ApplicationScoped
public class TelemetryServices {

    @Produces
    @ApplicationScoped
    FlowEvents flowEvents(@ConfigProperty(name = "telemetry.metrics.enabled") boolean metricsEnabled,
            @ConfigProperty(name = "telemetry.metrics.namespace") String namespace, Clock clock) {
        return new LoggingFlowEvents(metricsEnabled ? new EmbeddedMetrics(namespace, System.out, clock) : null);
    }
}
