package dev.postsummarizer.application.grounding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences in one pass over its characters: a sentence ends at '.', '!', '?' or '…'
 * (with any closing quotes or brackets) followed by a space and an upper-case letter, a digit or an opening
 * quote. A dot after a single letter ("U.K.") or a known abbreviation ("Mr.") does not end a sentence.
 * Scripts that end sentences with '。', '！' or '？' split there without a following space.
 */
public final class Sentences {

    private Sentences() {
    }

    public static List<String> of(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c == '\u3002' || c == '\uFF01' || c == '\uFF1F') {
                add(sentences, paragraph.substring(start, i + 1));
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int end = i + 1;
            while (end < n && isCloser(paragraph.charAt(end))) {
                end++;
            }
            if (c == '.' && isGluedSentenceEnd(paragraph, i)) {
                add(sentences, paragraph.substring(start, i + 1));
                start = i + 1;
                continue;
            }
            if (end >= n || !Character.isWhitespace(paragraph.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            if (next < n && startsSentence(paragraph.charAt(next)) && !(c == '.' && isAbbreviation(paragraph, i))) {
                add(sentences, paragraph.substring(start, end));
                start = next;
                i = next - 1;
            }
        }
        add(sentences, paragraph.substring(Math.min(start, n)));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u2018'
                || c == '(' || c == '\u00AB'
                || (Character.isLetter(c) && !Character.isLowerCase(c)); // scripts without case (Arabic, Thai, CJK)
    }

    /**
     * "community.Dr Venter": a lower-case word, a dot and a capitalised word with no space between is two
     * sentences whose space was lost when the page was flattened (domains and file names are lower-case).
     */
    private static boolean isGluedSentenceEnd(String text, int dot) {
        return dot >= 2 && dot + 2 < text.length()
                && Character.isLowerCase(text.charAt(dot - 1)) && Character.isLowerCase(text.charAt(dot - 2))
                && Character.isUpperCase(text.charAt(dot + 1)) && Character.isLowerCase(text.charAt(dot + 2));
    }

    /** The word before the dot is a single letter ("U.K", "J. Smith") or a known abbreviation ("Mr", "Dr"). */
    private static boolean isAbbreviation(String text, int dot) {
        int k = dot - 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        String word = text.substring(k + 1, dot);
        return word.length() == 1 || Tokens.ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
