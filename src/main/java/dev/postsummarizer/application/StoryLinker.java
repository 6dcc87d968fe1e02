package dev.postsummarizer.application;

import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.application.port.SummaryStore.StoryCandidate;
import dev.postsummarizer.domain.TextSketch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Links a freshly summarized post to a story already told by another stored post (a repost and its
 * original, the same wire story on two sites), so that the digest can show it once with its sources. Looks
 * at the posts summarized today and yesterday, newest first, up to a bound.
 */
final class StoryLinker {

    /** Posts compared per day; beyond this a repost of an older story simply starts its own story. */
    static final int CANDIDATES_PER_DAY = 200;

    private final SummaryStore store;

    StoryLinker(SummaryStore store) {
        this.store = store;
    }

    /** The storyId for a post: the matching earlier post's story, or the post's own id. */
    String storyFor(String postId, TextSketch sketch, Instant now) {
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day : List.of(today, today.minusDays(1))) {
            for (StoryCandidate candidate : store.storyCandidates(day, CANDIDATES_PER_DAY)) {
                if (candidate.postId().equals(postId) || candidate.sketch() == null) {
                    continue;
                }
                if (StoryMatch.sameStory(sketch, TextSketch.decode(candidate.sketch()))) {
                    return candidate.storyId() != null ? candidate.storyId() : candidate.postId();
                }
            }
        }
        return postId;
    }
}
