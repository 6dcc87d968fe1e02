package dev.postsummarizer.application.grounding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the summary's own claims against the whole post: every number and proper name in it must occur in the
 * text. What does not is returned for the record's {@code unsupported} list (the summary is kept: a reader is
 * warned, not left without a summary).
 */
public final class SummaryCheck {

    /** Letters of a unit word compared, so "year"/"years" and "people"/"peoples" agree. */
    private static final int UNIT_PREFIX = 4;

    private final TermIndex text;
    /** For each number of the text, the words (first letters) of the sentences it occurs in. */
    private final Map<String, Set<String>> numberContexts = new HashMap<>();

    public SummaryCheck(String postText) {
        this(NormalisedText.of(postText), List.of());
    }

    /**
     * @param context what else the reader is told besides the text and may be named in the summary: the title,
     *                the site, the author, a reposted story's source
     */
    public SummaryCheck(NormalisedText postText, List<String> context) {
        StringBuilder all = new StringBuilder(postText.cased());
        for (String item : context) {
            if (item != null) {
                all.append("\n").append(NormalisedText.of(item).cased());
            }
        }
        this.text = TermIndex.of(all.toString());
        for (String paragraph : postText.cased().split("\n")) {
            for (String sentence : Sentences.of(paragraph)) {
                List<Tokens.Token> tokens = Tokens.of(sentence);
                Set<String> words = new HashSet<>();
                for (Tokens.Token token : tokens) {
                    words.add(unitKey(token.text()));
                }
                for (Tokens.Token token : tokens) {
                    String number = number(token);
                    if (number != null) {
                        numberContexts.computeIfAbsent(number, k -> new HashSet<>()).addAll(words);
                    }
                }
            }
        }
    }

    /** Unsupported numbers and names, e.g. {@code ["number 12", "name Putin"]}, in order of appearance. */
    public List<String> unsupported(String summary) {
        return unsupported(summary, true);
    }

    /**
     * @param sameLanguage false when the summary is a translation: "Moskau" for "Moscow" is right, and names and
     *                     the words beside numbers cannot be compared across languages without a dictionary;
     *                     the numbers themselves still can
     */
    public List<String> unsupported(String summary, boolean sameLanguage) {
        ClaimTerms claims = ClaimTerms.of(NormalisedText.of(summary).cased());
        List<String> flagged = new ArrayList<>();
        for (String number : claims.numbers()) {
            if (!text.supportsNumber(number)) {
                flagged.add("number " + number);
            }
        }
        if (sameLanguage) {
            flagged.addAll(numbersWithAnotherUnit(summary, flagged));
        }
        for (String name : sameLanguage ? claims.names() : java.util.Set.<String>of()) {
            if (!text.supportsName(name)) {
                flagged.add("name " + name);
            }
        }
        return flagged;
    }

    /**
     * Numbers the text has, but never with the word that follows them in the summary: "30 years ago" when the text
     * says "35 years ago" and mentions 30 elsewhere. The unit is the first word after the number, if it is a
     * content word within two tokens; a number whose unit the text never puts beside it is flagged.
     */
    private List<String> numbersWithAnotherUnit(String summary, List<String> alreadyFlagged) {
        List<String> flagged = new ArrayList<>();
        List<Tokens.Token> tokens = Tokens.of(NormalisedText.of(summary).cased());
        for (int i = 0; i < tokens.size(); i++) {
            String number = number(tokens.get(i));
            if (number == null || alreadyFlagged.contains("number " + number)) {
                continue;
            }
            String unit = unitAfter(tokens, i);
            Set<String> contexts = numberContexts.get(number);
            if (unit != null && contexts != null && !contexts.contains(unitKey(unit))) {
                String flag = "number " + number + " " + unit;
                if (!flagged.contains(flag)) {
                    flagged.add(flag);
                }
            }
        }
        return flagged;
    }

    private static String unitAfter(List<Tokens.Token> tokens, int at) {
        for (int k = at + 1; k < Math.min(tokens.size(), at + 3); k++) {
            Tokens.Token token = tokens.get(k);
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (token.numeric() || ClaimTerms.NUMBER_WORDS.containsKey(lower)) {
                return null;
            }
            if (lower.length() >= 3 && !ClaimTerms.COMMON_CAPITALISED.contains(lower)) {
                return token.text();
            }
        }
        return null;
    }

    private static String number(Tokens.Token token) {
        if (token.numeric()) {
            return ClaimTerms.canonicalNumber(token.text());
        }
        return ClaimTerms.NUMBER_WORDS.get(token.text().toLowerCase(Locale.ROOT));
    }

    private static String unitKey(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > UNIT_PREFIX ? lower.substring(0, UNIT_PREFIX) : lower;
    }
}
