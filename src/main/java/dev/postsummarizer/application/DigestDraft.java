package dev.postsummarizer.application;

import dev.postsummarizer.domain.digest.Digest;
import dev.postsummarizer.domain.digest.DigestEntry;
import dev.postsummarizer.domain.digest.NotSummarized;
import dev.postsummarizer.domain.digest.SiteSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day's digest content before it is cut to size: every story, newest first. {@link #limitedTo(int)} gives
 * the digest showing only the latest stories.
 */
record DigestDraft(String day, int posts, int sites, int failures, List<Story> stories,
        List<NotSummarized> notSummarized, String allPostsUrl) {

    /** One entry of the digest and the outlet it is listed under. */
    record Story(String outlet, DigestEntry entry) {
    }

    DigestDraft {
        stories = List.copyOf(stories);
        notSummarized = List.copyOf(notSummarized);
    }

    Digest complete() {
        return limitedTo(stories.size());
    }

    /** The digest with the latest {@code shown} stories, grouped by outlet (outlets ordered by newest story). */
    Digest limitedTo(int shown) {
        int count = Math.max(0, Math.min(shown, stories.size()));
        Map<String, List<DigestEntry>> byOutlet = new LinkedHashMap<>();
        for (Story story : stories.subList(0, count)) {
            byOutlet.computeIfAbsent(story.outlet(), k -> new ArrayList<>()).add(story.entry());
        }
        List<SiteSection> sections = byOutlet.entrySet().stream()
                .map(e -> new SiteSection(e.getKey(), e.getValue()))
                .toList();
        return new Digest(day, posts, stories.size(), sites, failures, sections, count, notSummarized, allPostsUrl);
    }
}
