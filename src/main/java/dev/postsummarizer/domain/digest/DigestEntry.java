package dev.postsummarizer.domain.digest;

import java.util.List;

/**
 * One story in the digest, ready to display: every field is plain text (templates escape it) or null when
 * unknown. For a repost, {@code outlet} is the original outlet and {@code via} the site the repost was read
 * on; {@code alsoReportedBy} lists the other stored posts of the same story.
 *
 * @param url            link to the post as read; null unless http(s)
 * @param outletUrl      link to the original outlet's article when a repost credits one; null unless http(s)
 * @param publishedAt    the post's publish time as shown ("2026-11-27 14:05 UTC", or as given)
 * @param summarizedAt   when it was summarized, "HH:mm UTC"
 * @param droppedFacts   key facts dropped because their evidence was not in the text
 */
public record DigestEntry(
        String title,
        String url,
        String outlet,
        String outletUrl,
        String via,
        String author,
        String publishedAt,
        String summarizedAt,
        String summary,
        List<String> keyFacts,
        boolean degraded,
        int droppedFacts,
        List<StorySource> alsoReportedBy) {

    public DigestEntry {
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        alsoReportedBy = alsoReportedBy == null ? List.of() : List.copyOf(alsoReportedBy);
    }
}
