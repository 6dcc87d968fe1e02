package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.DigestFakes.DayStore;
import dev.postsummarizer.application.DigestFakes.MemoryDigestLog;
import dev.postsummarizer.application.DigestFakes.OutlineRenderer;
import dev.postsummarizer.application.DigestFakes.RecordingMailer;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import dev.postsummarizer.domain.digest.Digest;
import dev.postsummarizer.domain.digest.DigestEntry;
import dev.postsummarizer.domain.digest.SiteSection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyDigestTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");

    private final DayStore store = new DayStore();
    private final OutlineRenderer renderer = new OutlineRenderer();
    private final RecordingMailer mailer = new RecordingMailer();
    private final MemoryDigestLog log = new MemoryDigestLog();

    private DailyDigest digest(boolean sendEmpty, int maxBytes) {
        DigestSettings settings = new DigestSettings("Digest {day}: {count}", sendEmpty, maxBytes,
                "https://api.example.org/", Duration.ofMinutes(15), 20);
        return new DailyDigest(store, renderer, mailer, log, settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private DailyDigest digest() {
        return digest(false, 1_000_000);
    }

    @Test
    void scheduledRunsReportOnYesterdayInUtc() {
        assertEquals(DAY, digest().defaultDay());
    }

    @Test
    void groupsStoriesByOutletNewestFirstWithCounts() {
        store.records.add(done("a1", "Alpha News", "08:00", "Older alpha story"));
        store.records.add(done("b1", "Beta Blog", "09:00", "Beta story"));
        store.records.add(done("a2", "Alpha News", "10:00", "Newer alpha story"));
        store.records.add(failed("f1", "12:00", "HTTP_ERROR: the page answered 404"));
        store.records.add(done("other-day", "Alpha News", "11:00", "Not today").toBuilder()
                .digestDay("2026-11-26").build());

        DigestOutcome outcome = digest().send(DAY);

        assertEquals(DigestOutcome.Status.SENT, outcome.status());
        assertEquals("msg-1", outcome.messageId());
        Digest sent = renderer.rendered.get(renderer.rendered.size() - 1);
        assertEquals(3, sent.posts());
        assertEquals(2, sent.sites());
        assertEquals(1, sent.failures());
        assertEquals(List.of("Alpha News", "Beta Blog"), sent.sections().stream().map(SiteSection::site).toList());
        assertEquals(List.of("Newer alpha story", "Older alpha story"),
                sent.sections().get(0).entries().stream().map(DigestEntry::title).toList());
        assertEquals("failed", sent.notSummarized().get(0).status());
        assertEquals("HTTP_ERROR: the page answered 404", sent.notSummarized().get(0).reason());
        assertEquals("Digest 2026-11-27: 3 posts", mailer.sent.get(0).subject());
        assertEquals("https://api.example.org/summaries?day=2026-11-27", sent.allPostsUrl());
    }

    @Test
    void theSameStoryFromSeveralSourcesIsOneEntryLedByTheOriginal() {
        store.records.add(done("orig", "The Irrawaddy", "08:00", "Junta extends emergency rule")
                .toBuilder().storyId("story-1").build());
        store.records.add(done("repost", "Myanmar Forum", "09:30", "Junta extends emergency rule (repost)")
                .toBuilder().storyId("story-1")
                .source(new RepostSource("The Irrawaddy", "https://www.irrawaddy.com/news/1", "2025-05-07")).build());
        store.records.add(done("wire", "Wire Daily", "10:00", "Emergency rule extended")
                .toBuilder().storyId("story-1").build());

        digest().send(DAY);

        Digest sent = renderer.rendered.get(0);
        assertEquals(3, sent.posts());
        assertEquals(1, sent.stories());
        DigestEntry entry = sent.sections().get(0).entries().get(0);
        // the newest original leads; the repost is credited to its outlet, read via the forum
        assertEquals("Emergency rule extended", entry.title());
        assertEquals(2, entry.alsoReportedBy().size());
        // the other sources, newest first
        assertEquals("The Irrawaddy", entry.alsoReportedBy().get(0).outlet());
        assertEquals("Myanmar Forum", entry.alsoReportedBy().get(0).via());
        assertEquals("The Irrawaddy", entry.alsoReportedBy().get(1).outlet());
        assertNull(entry.alsoReportedBy().get(1).via());
    }

    @Test
    void aRepostAloneIsCreditedToItsOutletViaTheSiteItWasReadOn() {
        store.records.add(done("repost", "Myanmar Forum", "09:30", "Junta extends emergency rule").toBuilder()
                .source(new RepostSource("The Irrawaddy", "javascript:alert(1)", null)).build());

        digest().send(DAY);

        SiteSection section = renderer.rendered.get(0).sections().get(0);
        assertEquals("The Irrawaddy", section.site());
        DigestEntry entry = section.entries().get(0);
        assertEquals("Myanmar Forum", entry.via());
        assertNull(entry.outletUrl(), "only http(s) links are rendered as links");
    }

    @Test
    void notesDegradedSummariesAndDroppedFacts() {
        store.records.add(done("d", "Alpha News", "08:00", "Degraded").toBuilder().degraded(true).droppedFacts(2)
                .build());
        store.records.add(done("ok", "Alpha News", "07:00", "Fine"));

        digest().send(DAY);

        List<DigestEntry> entries = renderer.rendered.get(0).sections().get(0).entries();
        assertTrue(entries.get(0).degraded());
        assertEquals(2, entries.get(0).droppedFacts());
        assertFalse(entries.get(1).degraded());
        assertEquals(0, entries.get(1).droppedFacts());
        assertEquals(List.of("fact about Fine"), entries.get(1).keyFacts());
    }

    @Test
    void readsEveryPageOfTheDay() {
        for (int i = 0; i < 250; i++) {
            store.records.add(done("p" + i, "Site " + (i % 7), "08:00", "Story " + i).toBuilder()
                    .summarizedAt(Instant.parse("2026-11-27T00:00:00Z").plusSeconds(i * 60L)).build());
        }

        DigestOutcome outcome = digest().send(DAY);

        assertEquals(3, store.pagesServed);
        assertEquals(250, outcome.posts());
        assertEquals(250, outcome.shownStories());
    }

    @Test
    void aSecondInvocationSendsNothing() {
        store.records.add(done("a1", "Alpha News", "08:00", "Story"));
        DailyDigest digest = digest();

        DigestOutcome first = digest.send(DAY);
        DigestOutcome second = digest.send(DAY);

        assertEquals(DigestOutcome.Status.SENT, first.status());
        assertEquals(DigestOutcome.Status.ALREADY_SENT, second.status());
        assertEquals("msg-1", second.messageId());
        assertEquals(1, mailer.sent.size());
    }

    @Test
    void anotherInvocationHoldingTheDayMeansNoSend() {
        store.records.add(done("a1", "Alpha News", "08:00", "Story"));
        log.claim(DAY, NOW.minusSeconds(60), NOW.plusSeconds(600));

        assertEquals(DigestOutcome.Status.IN_PROGRESS, digest().send(DAY).status());
        assertTrue(mailer.sent.isEmpty());
    }

    @Test
    void aFailedSendLeavesTheDayRetryable() {
        store.records.add(done("a1", "Alpha News", "08:00", "Story"));
        mailer.failuresToThrow = 1;
        DailyDigest digest = digest();

        assertThrows(ProcessingFailure.class, () -> digest.send(DAY));
        assertEquals("FAILED", log.days.get(DAY).status());
        assertTrue(log.days.get(DAY).error().contains("mail service unavailable"));

        DigestOutcome retry = digest.send(DAY);
        assertEquals(DigestOutcome.Status.SENT, retry.status());
        assertEquals(1, mailer.sent.size());
        assertEquals("SENT", log.days.get(DAY).status());
    }

    @Test
    void anEmptyDaySendsNothingByDefault() {
        DigestOutcome outcome = digest().send(DAY);

        assertEquals(DigestOutcome.Status.EMPTY, outcome.status());
        assertTrue(mailer.sent.isEmpty());
        assertTrue(log.days.isEmpty(), "an empty day is not claimed, so posts arriving late can still be sent");
    }

    @Test
    void anEmptyDayCanBeMailedAsNothingNew() {
        DigestOutcome outcome = digest(true, 1_000_000).send(DAY);

        assertEquals(DigestOutcome.Status.SENT, outcome.status());
        assertEquals("Digest 2026-11-27: nothing new", mailer.sent.get(0).subject());
    }

    @Test
    void aLargeDayIsCutToTheLatestStoriesThatFit() {
        for (int i = 0; i < 500; i++) {
            store.records.add(done("p" + i, "Site " + (i % 13), "08:00", "Story number " + i).toBuilder()
                    .summarizedAt(Instant.parse("2026-11-27T00:00:00Z").plusSeconds(i * 60L)).build());
        }
        int maxBytes = 20_000;

        DigestOutcome outcome = digest(false, maxBytes).send(DAY);

        assertEquals(500, outcome.stories());
        assertTrue(outcome.shownStories() > 0 && outcome.shownStories() < 500, "shown: " + outcome.shownStories());
        assertTrue(mailer.sent.get(0).bodyBytes() <= maxBytes);
        Digest sent = renderer.rendered.stream().filter(d -> d.shownStories() == outcome.shownStories())
                .findFirst().orElseThrow();
        assertTrue(sent.truncated());
        List<String> shownTitles = sent.sections().stream()
                .flatMap(s -> s.entries().stream()).map(DigestEntry::title).toList();
        assertTrue(shownTitles.contains("Story number 499"), "the latest story is shown");
        assertFalse(shownTitles.contains("Story number 0"), "the oldest story is left out");
        // one more story would not have fitted
        Digest oneMore = renderer.rendered.stream().filter(d -> d.shownStories() == outcome.shownStories() + 1)
                .findFirst().orElse(null);
        if (oneMore != null) {
            assertTrue(new OutlineRenderer().render(oneMore, "s").bodyBytes() > maxBytes);
        }
    }

    private static SummaryRecord done(String id, String site, String time, String title) {
        return SummaryRecord.builder()
                .postId(id)
                .url("https://" + site.toLowerCase().replace(' ', '-') + ".example/" + id)
                .title(title)
                .siteName(site)
                .status(SummaryStatus.DONE)
                .summary("Summary of " + title)
                .keyFacts(List.of(new KeyFact("fact about " + title, "evidence")))
                .summarizedAt(Instant.parse("2026-11-27T" + time + ":00Z"))
                .digestDay("2026-11-27")
                .build();
    }

    private static SummaryRecord failed(String id, String time, String error) {
        return SummaryRecord.builder()
                .postId(id)
                .url("https://broken.example/" + id)
                .status(SummaryStatus.FAILED)
                .lastError(error)
                .failureKind("HTTP_ERROR")
                .summarizedAt(Instant.parse("2026-11-27T" + time + ":00Z"))
                .digestDay("2026-11-27")
                .build();
    }
}
