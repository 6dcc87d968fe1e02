package dev.postsummarizer.adapter.in.lambda;

import dev.postsummarizer.application.DailyDigest;
import dev.postsummarizer.application.DigestOutcome;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import io.quarkus.funqy.Funq;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The daily digest: the schedule sends {@code {}} (yesterday, UTC); {@code {"day": "YYYY-MM-DD"}} sends a
 * given day if it was not sent yet.
 */
public class DigestFunction {

    private final DailyDigest dailyDigest;

    public DigestFunction(DailyDigest dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    @Funq("digest")
    public DigestOutcome digest(DigestRequest request) {
        String day = request == null ? null : request.day();
        return dailyDigest.send(day == null || day.isBlank() ? dailyDigest.defaultDay() : parse(day));
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT, "day must be YYYY-MM-DD, got: " + day, e);
        }
    }

    /** The event: an optional day; absent means yesterday. */
    public record DigestRequest(String day) {
    }
}
