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

    /** "U.K." or "Mr." do not end a sentence: a dot right after a one- or two-letter word. */
    private static boolean isAbbreviationDot(String text, int dot, List<Token> tokens) {
        if (text.charAt(dot) != '.' || tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return !last.numeric() && last.text().length() <= 2 && dot > 0 && Character.isLetter(text.charAt(dot - 1));
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
