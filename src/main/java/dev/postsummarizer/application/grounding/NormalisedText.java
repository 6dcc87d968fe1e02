package dev.postsummarizer.application.grounding;

/**
 * A text with typographic variation removed, so a model's quote can be found even when it straightened the
 * quote marks, changed a dash or re-flowed the lines: curly quotes become straight ones, every dash, hyphen and
 * minus becomes " - ", the ellipsis becomes "...", every run of whitespace (incl. no-break spaces) one space.
 * {@link #folded()} is the same text lower-cased character by character, so both strings have equal length
 * and an index found in one is valid in the other.
 */
public final class NormalisedText {

    private final String cased;
    private final String folded;

    private NormalisedText(String cased) {
        this.cased = cased;
        char[] chars = cased.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        this.folded = new String(chars);
    }

    public static NormalisedText of(String text) {
        return new NormalisedText(normalise(text == null ? "" : text));
    }

    /** The normalised text with its case kept. */
    public String cased() {
        return cased;
    }

    /** The normalised text, lower-cased. */
    public String folded() {
        return folded;
    }

    /** Where the quote occurs in this text (ignoring case and typography), or -1. */
    public int find(String quote) {
        String needle = of(quote).folded();
        return needle.isEmpty() ? -1 : folded.indexOf(needle);
    }

    /**
     * The sentence (or sentences) around a span: from the end of the previous sentence to the end of the
     * sentence in which the span ends. Used to find who a quoted claim is credited to.
     */
    public String sentenceAround(int start, int length) {
        int from = start;
        while (from > 0 && !endsSentence(from - 1)) {
            from--;
        }
        int to = Math.min(cased.length(), start + length);
        while (to < cased.length() && !endsSentence(to - 1)) {
            to++;
        }
        return cased.substring(from, to);
    }

    private boolean endsSentence(int i) {
        char c = cased.charAt(i);
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= cased.length() || cased.charAt(i + 1) == ' ');
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
                case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
                    // "9 May—despite" and "9 May - despite" must match: every dash stands alone between spaces
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                    out.append('-');
                    pendingSpace = true;
                }
                case '\u2026' -> out.append("...");
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF' -> {
                    // soft hyphen and zero-width characters are invisible in the page: drop them
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
