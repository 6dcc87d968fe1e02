package dev.postsummarizer.adapter.out.telemetry;

import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * Marks the log lines and metrics of one invocation with its trigger and a request id. Used by the
 * functions as {@code try (var ignored = InvocationContext.open("queue")) { … }}.
 */
public final class InvocationContext implements AutoCloseable {

    private InvocationContext() {
    }

    /**
     * The request id is the Lambda request id when the runtime put one in the MDC, else a random id, so the
     * lines of one invocation can always be found together.
     */
    public static InvocationContext open(String trigger) {
        MDC.put(LoggingFlowEvents.TRIGGER, trigger);
        Object awsRequestId = MDC.get("AWSRequestId");
        MDC.put(LoggingFlowEvents.REQUEST_ID, awsRequestId != null ? awsRequestId.toString() : UUID.randomUUID().toString());
        return new InvocationContext();
    }

    @Override
    public void close() {
        MDC.remove(LoggingFlowEvents.TRIGGER);
        MDC.remove(LoggingFlowEvents.REQUEST_ID);
    }
}
