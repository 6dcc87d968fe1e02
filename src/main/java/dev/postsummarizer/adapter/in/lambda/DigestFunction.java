package dev.postsummarizer.adapter.in.lambda;

import dev.postsummarizer.application.DailyDigest;
import dev.postsummarizer.application.DigestOutcome;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import io.quarkus.funqy.Funq;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jboss.logging.Logger;

/**
 * The daily digest: the schedule sends {@code {}} (yesterday, UTC); {@code {"day": "YYYY-MM-DD"}} sends a
 * given day if it was not sent yet, and {@code "resend": true} sends it again even if it was.
 */
public class DigestFunction {

    private static final Logger LOG = Logger.getLogger(DigestFunction.class);

    private final DailyDigest dailyDigest;

    public DigestFunction(DailyDigest dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    @Funq("digest")
    public DigestOutcome digest(DigestRequest request) {
        String day = request == null ? null : request.day();
        boolean resend = request != null && Boolean.TRUE.equals(request.resend());
        DigestOutcome outcome = dailyDigest.send(
                day == null || day.isBlank() ? dailyDigest.defaultDay() : parse(day), resend);
        LOG.infof("digest %s: %s, %d posts, %d of %d stories shown, %d not summarized, message %s", outcome.day(),
                outcome.status(), outcome.posts(), outcome.shownStories(), outcome.stories(), outcome.failures(),
                outcome.messageId());
        return outcome;
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT, "day must be YYYY-MM-DD, got: " + day, e);
        }
    }

    /** The event: an optional day (absent: yesterday) and whether to send a day that was sent already. */
    public record DigestRequest(String day, Boolean resend) {
    }
}
