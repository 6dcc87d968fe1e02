package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.TextSketch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryLinkerTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");
    private static final String STORY = "The harbour authority said on Monday that the morning ferry between North Pier "
            + "and the island will leave at 06:40 instead of 06:15 from 1 March, after a review of passenger numbers "
            + "over the past two years. About 1,200 passengers use the route on a weekday, according to the "
            + "authority's figures. The last evening crossing moves from 21:30 to 22:00, and two extra sailings are "
            + "added on Saturdays during the summer season.";
    private static final String OTHER = "The city council approved a budget of 4.2 million for the renovation of "
            + "the central library on Tuesday. Work starts in June and the building stays open during most of it, "
            + "the council's spokesperson said, while the reading rooms move to the town hall for three months. "
            + "The library lends about 300,000 books a year and has 18 staff.";

    private final DayIndex index = new DayIndex();
    private final StoryLinker linker = new StoryLinker(index);

    @Test
    void aWarmLinkerReadsOnlyWhatWasSummarizedSinceItsNewestPostMinusTheOverlap() {
        index.add("other", OTHER, NOW.minusSeconds(120));
        linker.storyFor("first", TextSketch.of(OTHER + " Update."), NOW);
        index.add("newer", OTHER, NOW.minusSeconds(30));

        linker.storyFor("second", TextSketch.of(STORY), NOW);

        List<DayIndex.Read> today = index.reads.stream().filter(r -> r.day().equals(TODAY)).toList();
        assertNull(today.get(0).after(), "a cold linker reads the day's newest");
        assertEquals(NOW.minusSeconds(120).minus(StoryLinker.OVERLAP), today.get(1).after());
        assertEquals(2, today.get(1).returned(), "the newest post and the one inside the overlap");
    }

    @Test
    void aPostStoredAfterTheFirstReadIsStillFoundByTheNextOne() {
        index.add("other", OTHER, NOW.minusSeconds(120));
        assertEquals("first", linker.storyFor("first", TextSketch.of(STORY), NOW));
        index.add("original", STORY, NOW.minusSeconds(60));

        assertEquals("original", linker.storyFor("repost", TextSketch.of("Reposted: " + STORY), NOW));
    }

    @Test
    void aPostThatBecomesVisibleLateButInsideTheOverlapIsNotMissed() {
        index.add("other", OTHER, NOW.minusSeconds(60));
        linker.storyFor("first", TextSketch.of("Something else entirely, about weather and rain in the hills."), NOW);
        // written by another function before our read, visible in the index only after it
        index.add("original", STORY, NOW.minusSeconds(60).minus(StoryLinker.OVERLAP.dividedBy(2)));

        assertEquals("original", linker.storyFor("repost", TextSketch.of(STORY), NOW));
    }

    @Test
    void aPostOlderThanTheOverlapThatAppearsLateIsMissedAndStartsItsOwnStory() {
        index.add("other", OTHER, NOW.minusSeconds(60));
        linker.storyFor("first", TextSketch.of("Something else entirely, about weather and rain in the hills."), NOW);
        index.add("original", STORY, NOW.minusSeconds(60).minus(StoryLinker.OVERLAP.multipliedBy(2)));

        assertEquals("repost", linker.storyFor("repost", TextSketch.of(STORY), NOW), "the documented limit");
    }

    @Test
    void yesterdaysPostsAreComparedToo() {
        index.add("original", STORY, NOW.minusSeconds(86_400));

        assertEquals("original", linker.storyFor("repost", TextSketch.of(STORY), NOW));
    }

    /** The store's day index: story candidates by summarizedAt, newest first; records every read. */
    private static final class DayIndex implements SummaryStore {
        record Read(LocalDate day, Instant after, int returned) {
        }

        private final List<StoryCandidate> candidates = new ArrayList<>();
        final List<Read> reads = new ArrayList<>();

        void add(String postId, String text, Instant summarizedAt) {
            candidates.add(new StoryCandidate(postId, null, TextSketch.of(text).encode(), summarizedAt));
        }

        @Override
        public List<StoryCandidate> storyCandidates(LocalDate day, Instant after, int limit) {
            List<StoryCandidate> found = candidates.stream()
                    .filter(c -> c.summarizedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().equals(day))
                    .filter(c -> after == null || c.summarizedAt().isAfter(after))
                    .sorted(Comparator.comparing(StoryCandidate::summarizedAt).reversed())
                    .limit(limit)
                    .toList();
            reads.add(new Read(day, after, found.size()));
            return found;
        }

        @Override
        public Optional<SummaryRecord> find(String postId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SummaryRecord> acquireLease(SummaryRecord pending, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SummaryRecord> replace(SummaryRecord updated, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DayPage listDay(LocalDate day, int limit, String cursor) {
            throw new UnsupportedOperationException();
        }
    }
}
