package dev.postsummarizer.application;

import dev.postsummarizer.domain.RepostSource;
import java.util.Locale;
import java.util.Set;

/**
 * Makes sure the summary of a reposted story credits its source: "According to The Irrawaddy, …". Models are
 * asked to do it; this guarantees it when they (or the extractive summarizer) did not.
 */
public final class RepostAttribution {

    /** Sentence openers that are ordinary words, lower-cased when the credit is put in front of them. */
    private static final Set<String> ORDINARY_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "it", "its", "there", "some", "many", "several", "after", "before", "while", "although", "despite",
            "in", "on", "at", "as", "amid", "during", "since");

    private RepostAttribution() {
    }

    public static String apply(String summary, RepostSource source) {
        if (source == null || source.name() == null || source.name().isBlank() || summary == null) {
            return summary;
        }
        String name = source.name().strip();
        if (summary.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            return summary;
        }
        return "According to " + name + ", " + lowerOrdinaryOpener(summary.strip());
    }

    private static String lowerOrdinaryOpener(String sentence) {
        int end = 0;
        while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
            end++;
        }
        String first = sentence.substring(0, end);
        if (!first.isEmpty() && ORDINARY_OPENERS.contains(first.toLowerCase(Locale.ROOT))) {
            return first.toLowerCase(Locale.ROOT) + sentence.substring(end);
        }
        return sentence;
    }
}
