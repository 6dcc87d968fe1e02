package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PageVerdict;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SkipReason;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed and skipped posts are keyed into the day's index, so the digest can list them. */
class SummaryRecordsDigestDayTest {

    private static final Instant NOW = Instant.parse("2026-11-27T23:59:30Z");
    private final SummaryRecords records = new SummaryRecords(Duration.ofMinutes(2));
    private final SummaryRecord leased = SummaryRecord.builder().postId("p").url("https://a.example/p")
            .status(SummaryStatus.PENDING).leaseUntil(NOW.plusSeconds(60)).digestDay("2026-11-01").build();

    @Test
    void aFailedPostIsListedOnTheDayItFailed() {
        SummaryRecord failed = records.failed(leased,
                ProcessingFailure.of(FailureKind.HTTP_ERROR, "the page answered 500"), NOW);

        assertEquals("2026-11-27", failed.digestDay());
        assertEquals(NOW, failed.summarizedAt());
    }

    @Test
    void aSkippedPostIsListedOnTheDayItWasSkipped() {
        SummaryRecord skipped = records.skipped(leased, new PageVerdict(SkipReason.LOGIN_WALL, "a login wall"), NOW);

        assertEquals("2026-11-27", skipped.digestDay());
        assertEquals(NOW, skipped.summarizedAt());
    }
}
