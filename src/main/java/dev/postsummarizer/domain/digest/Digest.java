package dev.postsummarizer.domain.digest;

import java.util.List;

/**
 * What one day's digest email says, independent of how it is rendered.
 *
 * @param day             the UTC day, ISO (2026-11-27)
 * @param posts           summarized posts of the day
 * @param stories         entries after grouping posts that tell the same story
 * @param sites           distinct sites the posts were read on
 * @param failures        posts that failed or were skipped
 * @param sections        the stories shown, by outlet; sections ordered by their newest story
 * @param shownStories    stories shown; less than {@code stories} when the digest was cut to fit its size limit
 * @param notSummarized   failed and skipped posts shown
 * @param allPostsUrl     where the whole day can be read (GET /summaries?day=), or null when not configured
 */
public record Digest(
        String day,
        int posts,
        int stories,
        int sites,
        int failures,
        List<SiteSection> sections,
        int shownStories,
        List<NotSummarized> notSummarized,
        String allPostsUrl) {

    public Digest {
        sections = List.copyOf(sections);
        notSummarized = List.copyOf(notSummarized);
    }

    /** Nothing was summarized and nothing failed. */
    public boolean empty() {
        return posts == 0 && failures == 0;
    }

    /** Some stories were left out to keep the message within its size limit. */
    public boolean truncated() {
        return shownStories < stories;
    }

    /** Failed or skipped posts left out of the list. */
    public int hiddenFailures() {
        return failures - notSummarized.size();
    }
}
