package dev.postsummarizer.adapter.in.lambda.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.postsummarizer.adapter.in.lambda.SummaryView;
import dev.postsummarizer.application.SubmitPost;
import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The {@code /summaries} resource over API Gateway events: routes by method and path, translates JSON and
 * query parameters into calls on the application, and failures into problem details with the failure
 * kind's status.
 */
public final class SummariesApi {

    private static final Logger LOG = Logger.getLogger(SummariesApi.class);
    private static final String COLLECTION = "/summaries";
    private static final Pattern ITEM = Pattern.compile("/summaries/([^/]+)");
    private static final Pattern POST_ID = Pattern.compile("[0-9a-f]{64}");

    /**
     * @param waitBudget   longest a {@code ?wait=true} caller waits before getting 202 (below the gateway's 29 s)
     * @param defaultLimit page size when {@code limit} is absent
     * @param maxLimit     largest accepted {@code limit}
     */
    public record Settings(Duration waitBudget, int defaultLimit, int maxLimit) {
    }

    private final SubmitPost submitPost;
    private final SummaryStore store;
    private final Settings settings;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SummariesApi(SubmitPost submitPost, SummaryStore store, Settings settings, Clock clock) {
        this.submitPost = submitPost;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public HttpApiResponse handle(HttpApiRequest request) {
        String path = trimTrailingSlash(request.path());
        try {
            if (path.equals(COLLECTION)) {
                return switch (request.method()) {
                    case "POST" -> submit(request);
                    case "GET" -> listDay(request);
                    default -> methodNotAllowed(request, "GET, POST");
                };
            }
            var item = ITEM.matcher(path);
            if (item.matches()) {
                return request.method().equals("GET") ? find(item.group(1), path) : methodNotAllowed(request, "GET");
            }
            return problem(Problem.of(404, "NO_ROUTE", "no resource at " + path, path, null), Map.of());
        } catch (ProcessingFailure failure) {
            return problem(Problem.of(failure.kind().httpStatus(), failure.kind().name(), failure.detail(), path,
                    null), failure.retryable() ? Map.of("Retry-After", "30") : Map.of());
        } catch (RuntimeException unexpected) {
            LOG.errorf(unexpected, "%s %s failed unexpectedly", request.method(), path);
            return problem(Problem.of(500, "INTERNAL", "the request could not be completed", path, null), Map.of());
        }
    }

    private HttpApiResponse submit(HttpApiRequest request) {
        String url = urlFrom(request.textBody());
        if ("true".equalsIgnoreCase(request.query("wait"))) {
            SubmitPost.Outcome outcome = submitPost.submitAndWait(url, settings.waitBudget());
            if (outcome instanceof SubmitPost.Finished finished) {
                return finished(finished.record(), request.path());
            }
            return accepted(((SubmitPost.Accepted) outcome).submission());
        }
        return accepted(submitPost.submit(url));
    }

    /** A page that was not the post is a finished outcome, but not the summary the caller asked for. */
    private HttpApiResponse finished(SummaryRecord record, String path) {
        if (record.status() == SummaryStatus.SKIPPED) {
            return problem(Problem.of(422, record.skipReason(), record.lastError(), path, record.postId()), Map.of());
        }
        return ok(SummaryView.of(record));
    }

    private HttpApiResponse accepted(SubmitPost.Submission submission) {
        return HttpApiResponse.json(202, write(new Accepted(submission.postId(), submission.status().name())),
                Map.of("Location", COLLECTION + "/" + submission.postId()));
    }

    private HttpApiResponse find(String id, String path) {
        var record = POST_ID.matcher(id).matches() ? store.find(id) : Optional.<SummaryRecord>empty();
        return record.map(r -> ok(SummaryView.of(r)))
                .orElseGet(() -> problem(Problem.of(404, "NOT_FOUND", "no summary with id " + id, path, null), Map.of()));
    }

    private HttpApiResponse listDay(HttpApiRequest request) {
        LocalDate day = dayFrom(request.query("day"));
        int limit = limitFrom(request.query("limit"));
        SummaryStore.DayPage page = store.listDay(day, limit, request.query("cursor"));
        // the index also holds the day's failures (for the digest); the API lists what was read: summaries
        // and pages found not to be the post. A page may hold fewer than limit items; nextCursor still leads on.
        List<SummaryView> items = page.records().stream()
                .filter(r -> r.status() == SummaryStatus.DONE || r.status() == SummaryStatus.SKIPPED)
                .map(SummaryView::of).toList();
        return ok(new DayListing(day.toString(), items, page.nextCursor()));
    }

    private String urlFrom(String body) {
        if (body == null || body.isBlank()) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT, "request body must be {\"url\": \"https://…\"}");
        }
        try {
            JsonNode url = json.readTree(body).path("url");
            if (!url.isTextual()) {
                throw new PermanentFailure(FailureKind.INVALID_URL, "url is missing");
            }
            return url.asText();
        } catch (JsonProcessingException e) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT, "request body is not valid JSON");
        }
    }

    private LocalDate dayFrom(String value) {
        if (value == null || value.isBlank()) {
            return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT, "day must be YYYY-MM-DD, got '" + value + "'");
        }
    }

    private int limitFrom(String value) {
        if (value == null || value.isBlank()) {
            return settings.defaultLimit();
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= settings.maxLimit()) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the accepted range
        }
        throw new PermanentFailure(FailureKind.INVALID_INPUT,
                "limit must be a whole number from 1 to " + settings.maxLimit() + ", got '" + value + "'");
    }

    private HttpApiResponse methodNotAllowed(HttpApiRequest request, String allowed) {
        String path = request.path();
        return problem(Problem.of(405, "METHOD_NOT_ALLOWED", request.method() + " is not allowed on " + path
                + " (allowed: " + allowed + ")", path, null), Map.of("Allow", allowed));
    }

    private HttpApiResponse ok(Object body) {
        return HttpApiResponse.json(200, write(body), Map.of());
    }

    private HttpApiResponse problem(Problem problem, Map<String, String> headers) {
        Map<String, String> withType = new HashMap<>(headers);
        withType.put("Content-Type", Problem.MEDIA_TYPE);
        return new HttpApiResponse(problem.status(), withType, write(problem), false);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be written as JSON", e);
        }
    }

    private static String trimTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Body of a 202: where to look for the result. */
    public record Accepted(String id, String status) {
    }

    /** Body of a day listing; pass {@code nextCursor} back as {@code cursor} for the next page. */
    public record DayListing(String day, List<SummaryView> items, String nextCursor) {
    }
}
