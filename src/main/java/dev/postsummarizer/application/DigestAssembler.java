package dev.postsummarizer.application;

import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import dev.postsummarizer.domain.digest.DigestEntry;
import dev.postsummarizer.domain.digest.NotSummarized;
import dev.postsummarizer.domain.digest.StorySource;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a day's stored posts into the digest's content: DONE posts become stories (posts sharing a
 * {@code storyId} become one entry with the others listed as sources), failed and skipped posts a short list.
 */
final class DigestAssembler {

    /** Longer stored errors are cut: the digest only says what went wrong, the API has the rest. */
    static final int MAX_REASON_CHARS = 160;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'");
    private static final Comparator<SummaryRecord> NEWEST_FIRST = Comparator
            .comparing(SummaryRecord::summarizedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SummaryRecord::postId);

    DigestDraft assemble(LocalDate day, List<SummaryRecord> records, String apiBaseUrl, int maxFailuresShown) {
        List<SummaryRecord> done = records.stream()
                .filter(r -> r.status() == SummaryStatus.DONE)
                .sorted(NEWEST_FIRST)
                .toList();
        List<SummaryRecord> unsummarized = records.stream()
                .filter(r -> r.status() == SummaryStatus.FAILED || r.status() == SummaryStatus.SKIPPED)
                .sorted(NEWEST_FIRST)
                .toList();

        // Stories keep the order of their newest post, because `done` is already newest first.
        Map<String, List<SummaryRecord>> byStory = new LinkedHashMap<>();
        for (SummaryRecord record : done) {
            String story = record.storyId() != null ? record.storyId() : record.postId();
            byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(record);
        }
        List<DigestDraft.Story> stories = byStory.values().stream().map(DigestAssembler::story).toList();

        long sites = done.stream().map(DigestAssembler::siteOf).distinct().count();
        List<NotSummarized> failures = unsummarized.stream()
                .limit(Math.max(0, maxFailuresShown))
                .map(DigestAssembler::notSummarized)
                .toList();
        String allPostsUrl = apiBaseUrl == null || apiBaseUrl.isBlank()
                ? null
                : apiBaseUrl.replaceAll("/+$", "") + "/summaries?day=" + day;
        return new DigestDraft(day.toString(), done.size(), (int) sites, unsummarized.size(), stories, failures,
                allPostsUrl);
    }

    /** The story's entry shows an original rather than a repost when there is one, else its newest post. */
    private static DigestDraft.Story story(List<SummaryRecord> members) {
        SummaryRecord lead = members.stream()
                .min(Comparator.comparing((SummaryRecord r) -> r.source() != null).thenComparing(NEWEST_FIRST))
                .orElseThrow();
        List<StorySource> others = members.stream()
                .filter(r -> r != lead)
                .map(r -> new StorySource(outletOf(r), safeUrl(r.url()), viaOf(r)))
                .toList();
        return new DigestDraft.Story(outletOf(lead), entry(lead, others));
    }

    private static DigestEntry entry(SummaryRecord r, List<StorySource> others) {
        List<String> facts = r.keyFacts().stream()
                .map(KeyFact::fact)
                .filter(f -> f != null && !f.isBlank())
                .toList();
        return new DigestEntry(
                r.title() != null && !r.title().isBlank() ? r.title().strip() : r.url(),
                safeUrl(r.url()),
                outletOf(r),
                r.source() != null ? safeUrl(r.source().url()) : null,
                viaOf(r),
                blankToNull(r.author()),
                publishedText(r.publishedAt()),
                r.summarizedAt() == null ? null : TIME.format(r.summarizedAt().atOffset(ZoneOffset.UTC)),
                r.summary() == null ? "" : r.summary().strip(),
                facts,
                Boolean.TRUE.equals(r.degraded()),
                r.droppedFacts() == null ? 0 : r.droppedFacts(),
                others);
    }

    private static NotSummarized notSummarized(SummaryRecord r) {
        String reason = r.lastError() != null ? r.lastError() : r.skipReason();
        if (reason == null) {
            reason = "no reason recorded";
        } else if (reason.length() > MAX_REASON_CHARS) {
            reason = reason.substring(0, MAX_REASON_CHARS - 1).strip() + "…";
        }
        String label = r.title() != null && !r.title().isBlank() ? r.title().strip() : r.url();
        return new NotSummarized(label, safeUrl(r.url()), r.status().name().toLowerCase(Locale.ROOT), reason);
    }

    /** The outlet a story is credited to: the original outlet of a repost, else the site it was read on. */
    static String outletOf(SummaryRecord r) {
        if (r.source() != null && r.source().name() != null && !r.source().name().isBlank()) {
            return r.source().name().strip();
        }
        return siteOf(r);
    }

    /** For a repost, the site it was read on ("via <forum>"). */
    private static String viaOf(SummaryRecord r) {
        return r.source() != null && r.source().name() != null && !r.source().name().isBlank() ? siteOf(r) : null;
    }

    static String siteOf(SummaryRecord r) {
        if (r.siteName() != null && !r.siteName().isBlank()) {
            return r.siteName().strip();
        }
        String host = hostOf(r.canonicalUrl() != null ? r.canonicalUrl() : r.url());
        return host != null ? host : "Unknown site";
    }

    private static String hostOf(String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Only web links are rendered as links; anything else (javascript:, data:) is shown as text or dropped. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : null;
    }

    /** Publish times are stored as the page gave them; show ISO instants in UTC and anything else as given. */
    static String publishedText(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        try {
            return DATE_TIME.format(OffsetDateTime.parse(publishedAt.strip()).withOffsetSameInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notAnOffsetTime) {
            try {
                return DATE_TIME.format(Instant.parse(publishedAt.strip()).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notAnInstant) {
                String text = publishedAt.strip();
                return text.length() > 40 ? text.substring(0, 40) : text;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
