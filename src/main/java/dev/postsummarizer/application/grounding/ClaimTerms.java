package dev.postsummarizer.application.grounding;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checkable parts of a claim: its numbers (digits, or number words normalised to digits) and its proper
 * names (capitalised words that do not merely start a sentence, and acronyms). One pass over the characters,
 * no regular expressions: this runs for every fact and summary on Lambda.
 *
 * @param numbers canonical numbers, e.g. "282", "1200" for "1,200", "5" for "fifth"
 * @param names   proper names as written, possessive stripped, e.g. "Hlaing", "NUG"
 */
public record ClaimTerms(Set<String> numbers, Set<String> names) {

    /** Capitalised words that are not names when they start a sentence or a title-cased phrase. */
    static final Set<String> COMMON_CAPITALISED = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "his", "her", "its", "their", "our", "this", "that", "these", "those", "in", "on", "at", "by", "for",
            "from", "to", "of", "and", "but", "or", "as", "with", "after", "before", "while", "when", "if",
            "although", "despite", "according", "there", "here", "some", "many", "most", "all", "no", "not",
            "also", "meanwhile", "however", "during", "since", "until", "both", "each", "one", "who", "what",
            "why", "how", "where", "which", "mr", "mrs", "ms", "dr", "says", "said");

    /** Number words whose meaning is unambiguous enough to check ("one" and "first" are too often not counts). */
    static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1000"),
            Map.entry("third", "3"), Map.entry("fourth", "4"), Map.entry("fifth", "5"), Map.entry("sixth", "6"),
            Map.entry("seventh", "7"), Map.entry("eighth", "8"), Map.entry("ninth", "9"), Map.entry("tenth", "10"),
            Map.entry("eleventh", "11"), Map.entry("twelfth", "12"), Map.entry("twentieth", "20"),
            Map.entry("thirtieth", "30"), Map.entry("fortieth", "40"), Map.entry("fiftieth", "50"),
            Map.entry("hundredth", "100"));

    /** Month names; a text naming the month supports its number ("May" supports "2025-05-07"'s 5). */
    static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    public static ClaimTerms of(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        List<Tokens.Token> tokens = Tokens.of(text == null ? "" : text);
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token token = tokens.get(i);
            if (token.numeric()) {
                numbers.add(canonicalNumber(token.text()));
                continue;
            }
            String lower = token.text().toLowerCase(Locale.ROOT);
            String numberWord = NUMBER_WORDS.get(lower);
            if (numberWord != null) {
                numbers.add(numberWord);
            } else if (isName(token, i + 1 < tokens.size() ? tokens.get(i + 1) : null, lower)) {
                names.add(token.text());
            }
        }
        return new ClaimTerms(Collections.unmodifiableSet(numbers), Collections.unmodifiableSet(names));
    }

    /**
     * Every capitalised word that is not an ordinary opener, sentence-initial or not: for short phrases such as
     * an attribution ("Reuters", "Observers"), where the first word is usually the name.
     */
    public static Set<String> capitalisedWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (Tokens.Token token : Tokens.of(text == null ? "" : text)) {
            if (token.capitalised() && !COMMON_CAPITALISED.contains(token.text().toLowerCase(Locale.ROOT))) {
                words.add(token.text());
            }
        }
        return Collections.unmodifiableSet(words);
    }

    public boolean isEmpty() {
        return numbers.isEmpty() && names.isEmpty();
    }

    private static boolean isName(Tokens.Token token, Tokens.Token next, String lower) {
        // single letters are initials or parts of "U.K.": too short to check on their own
        if (!token.capitalised() || token.text().length() < 2 || COMMON_CAPITALISED.contains(lower)) {
            return false;
        }
        if (token.acronym() || !token.sentenceStart()) {
            return true;
        }
        // "Leaders from China" starts a sentence with an ordinary word; "Vladimir Putin said" starts with a name
        return next != null && next.capitalised() && !next.sentenceStart();
    }

    /** "1,200" → "1200", "05" → "5", "3.50" → "3.5"; ordinal suffixes were never part of the token. */
    static String canonicalNumber(String digits) {
        String plain = digits.replace(",", "");
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        int start = 0;
        while (start < whole.length() - 1 && whole.charAt(start) == '0') {
            start++;
        }
        whole = whole.substring(start);
        int end = fraction.length();
        while (end > 0 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        fraction = fraction.substring(0, end);
        return fraction.isEmpty() ? whole : whole + "." + fraction;
    }
}
