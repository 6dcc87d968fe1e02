package dev.postsummarizer.application;

import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.application.port.SummaryStore.StoryCandidate;
import dev.postsummarizer.domain.TextSketch;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a freshly summarized post to a story already told by another stored post (a repost and its
 * original, the same wire story on two sites), so that the digest can show it once with its sources. Looks
 * at the posts summarized today and yesterday, newest first, up to a bound.
 *
 * <p>A warm function keeps the candidates it has read and asks the store only for posts summarized since the
 * newest one it holds (minus an overlap): reading the day's newest 200 for every post cost most of a warm
 * invocation once a day held a few hundred posts (docs/BENCHMARKS.md "Lambda"). The overlap re-reads the last
 * second so that a post written by another function just before, but visible in the index just after, our
 * last read is not missed; a post that still slips through (as do two posts of one story summarized at the
 * same moment, with or without this cache) only means a repost starts its own story.
 */
final class StoryLinker {

    /** Posts compared per day; beyond this a repost of an older story simply starts its own story. */
    static final int CANDIDATES_PER_DAY = 200;
    /**
     * How far back from the newest post held an incremental read starts: covers the index's replication lag
     * (usually well under a second). Every post summarized within it is read again, so it costs in proportion
     * to the rate (measured: 2 s at 25 posts a second doubled a warm invocation; docs/BENCHMARKS.md "Lambda").
     */
    static final Duration OVERLAP = Duration.ofSeconds(1);

    private final SummaryStore store;
    private final Map<LocalDate, DayCandidates> days = new HashMap<>();

    StoryLinker(SummaryStore store) {
        this.store = store;
    }

    /** The storyId for a post: the matching earlier post's story, or the post's own id. */
    String storyFor(String postId, TextSketch sketch, Instant now) {
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day : List.of(today, today.minusDays(1))) {
            for (Known known : candidates(day, today)) {
                StoryCandidate candidate = known.candidate();
                if (candidate.postId().equals(postId) || known.sketch() == null) {
                    continue;
                }
                if (StoryMatch.sameStory(sketch, known.sketch())) {
                    return candidate.storyId() != null ? candidate.storyId() : candidate.postId();
                }
            }
        }
        return postId;
    }

    /** The day's newest candidates, brought up to date with what was summarized since the last read. */
    private synchronized List<Known> candidates(LocalDate day, LocalDate today) {
        days.keySet().removeIf(held -> held.isBefore(today.minusDays(1)));
        DayCandidates held = days.getOrDefault(day, DayCandidates.NONE);
        Instant newest = held.newest();
        Instant after = newest == null ? null : newest.minus(OVERLAP);
        DayCandidates updated = held.with(store.storyCandidates(day, after, CANDIDATES_PER_DAY));
        days.put(day, updated);
        return updated.newestFirst();
    }

    /** A candidate with its sketch decoded once, when it is read, not for every post compared with it. */
    private record Known(StoryCandidate candidate, TextSketch sketch) {

        static Known of(StoryCandidate candidate) {
            return new Known(candidate, candidate.sketch() == null ? null : TextSketch.decode(candidate.sketch()));
        }
    }

    /** What is held for one day: newest first, one entry per post, at most {@link #CANDIDATES_PER_DAY}. */
    private record DayCandidates(List<Known> newestFirst) {

        static final DayCandidates NONE = new DayCandidates(List.of());
        private static final Comparator<Known> NEWEST_FIRST = Comparator.comparing(
                known -> known.candidate().summarizedAt(), Comparator.nullsLast(Comparator.reverseOrder()));

        /** When the newest post held was summarized; null when none is held or none has a time. */
        Instant newest() {
            return newestFirst.isEmpty() ? null : newestFirst.get(0).candidate().summarizedAt();
        }

        /** Adds freshly read candidates: a post read again replaces its older entry. */
        DayCandidates with(List<StoryCandidate> fresh) {
            Map<String, Known> byPost = new LinkedHashMap<>();
            for (StoryCandidate candidate : fresh) {
                byPost.putIfAbsent(candidate.postId(), Known.of(candidate));
            }
            for (Known known : newestFirst) {
                byPost.putIfAbsent(known.candidate().postId(), known);
            }
            List<Known> merged = new ArrayList<>(byPost.values());
            merged.sort(NEWEST_FIRST);
            return new DayCandidates(List.copyOf(merged.subList(0, Math.min(CANDIDATES_PER_DAY, merged.size()))));
        }
    }
}
