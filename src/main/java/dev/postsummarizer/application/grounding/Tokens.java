package dev.postsummarizer.application.grounding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and numbers in one pass. A number may carry thousands separators and a decimal point
 * ("1,200.5"); a word may carry inner apostrophes and hyphens are separators. A trailing possessive ('s, ’s) is
 * dropped, so "Hlaing’s" yields "Hlaing".
 */
final class Tokens {

    /**
     * @param text          the word or number as written (possessive dropped)
     * @param numeric       digits (with separators)
     * @param capitalised   starts with an upper-case letter
     * @param acronym       two or more letters, all upper-case
     * @param sentenceStart first token of the text or of a sentence (after . ! ? or a quote/colon opening one)
     */
    record Token(String text, boolean numeric, boolean capitalised, boolean acronym, boolean sentenceStart) {
    }

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isDigit(text.charAt(i))
                        || (isSeparator(text.charAt(i)) && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                                && i > start))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), true, false, false, sentenceStart));
                sentenceStart = false;
                // an ordinal suffix or unit glued to the number ("12th", "5km") is not a separate word
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            } else if (isDottedAcronymAt(text, i)) {
                // "U.S." and "U.K." are one name, written "US"/"UK" elsewhere
                StringBuilder letters = new StringBuilder();
                while (i + 1 < n && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.') {
                    letters.append(text.charAt(i));
                    i += 2;
                }
                tokens.add(word(letters.toString(), sentenceStart));
                sentenceStart = false;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || (isApostrophe(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                    i++;
                }
                String word = stripPossessive(text.substring(start, i));
                tokens.add(word(word, sentenceStart));
                sentenceStart = false;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') {
                    sentenceStart = !isAbbreviationDot(text, i, tokens);
                }
                i++;
            }
        }
        return tokens;
    }

    /** An upper-case letter, a dot, an upper-case letter and a dot, not inside a word ("U.K." but not "AU.K."). */
    private static boolean isDottedAcronymAt(String text, int i) {
        return i + 3 < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.'
                && Character.isUpperCase(text.charAt(i + 2)) && text.charAt(i + 3) == '.'
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    private static Token word(String word, boolean sentenceStart) {
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        int letters = 0;
        boolean allUpper = true;
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            if (Character.isLetter(ch)) {
                letters++;
                allUpper &= Character.isUpperCase(ch);
            }
        }
        return new Token(word, false, capitalised, allUpper && letters >= 2, sentenceStart);
    }

    /** Abbreviations whose dot does not end a sentence (besides single letters: "U.K.", "J. Smith"). */
    static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr",
            "no", "vs", "co", "inc", "ltd", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "prof", "rev", "mt");

    /** "U.K." or "Mr." do not end a sentence: a dot right after a single letter or a known abbreviation. */
    private static boolean isAbbreviationDot(String text, int dot, List<Token> tokens) {
        if (text.charAt(dot) != '.' || tokens.isEmpty() || dot == 0 || !Character.isLetter(text.charAt(dot - 1))) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return !last.numeric() && (last.text().length() == 1
                || ABBREVIATIONS.contains(last.text().toLowerCase(java.util.Locale.ROOT)));
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static String stripPossessive(String word) {
        int length = word.length();
        if (length > 2 && (word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("'S"))) {
            return word.substring(0, length - 2);
        }
        return word;
    }
}
