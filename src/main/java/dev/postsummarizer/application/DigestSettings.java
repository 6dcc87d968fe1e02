package dev.postsummarizer.application;

import java.time.Duration;

/**
 * How the daily digest behaves.
 *
 * @param subjectPattern subject line; {@code {day}} becomes the day, {@code {count}} e.g. "12 posts"
 * @param sendEmpty      mail a short "nothing new" message when the day has no posts at all
 * @param maxBytes       limit on the HTML and text parts together (UTF-8); beyond it only the latest stories
 *                       are shown, with a link to the whole day
 * @param apiBaseUrl     base URL of the HTTP API, for the link to {@code GET /summaries?day=}; null for none
 * @param lease          how long a claim on a day holds before another invocation may take over
 * @param maxFailuresShown failed or skipped posts listed by name; the rest are counted
 */
public record DigestSettings(
        String subjectPattern,
        boolean sendEmpty,
        int maxBytes,
        String apiBaseUrl,
        Duration lease,
        int maxFailuresShown) {
}
