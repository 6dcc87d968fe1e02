package dev.postsummarizer.application.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a piece of text can support: its numbers (plus the numbers of the months it names), its words
 * (lower-cased, for name look-ups that tolerate "Ukraine"/"Ukrainian") and the acronyms of its capitalised
 * phrases ("National Unity Government" supports "NUG").
 */
public final class TermIndex {

    /** Shortest shared start for two forms of one name to count as the same name ("Chin-a"/"Chin-ese"). */
    private static final int MIN_SHARED_PREFIX = 4;
    /** Title-cased headlines make long runs; an organisation's name is shorter than this. */
    private static final int MAX_PHRASE_WORDS = 8;
    private static final Set<String> PHRASE_CONNECTORS = Set.of("of", "for", "and", "the", "de", "du", "la");

    private final Set<String> numbers = new HashSet<>();
    private final NavigableSet<String> words = new TreeSet<>();
    private final Set<String> acronyms = new HashSet<>();

    private TermIndex() {
    }

    public static TermIndex of(String text) {
        TermIndex index = new TermIndex();
        List<Tokens.Token> tokens = Tokens.of(text == null ? "" : text);
        List<String> phrase = new ArrayList<>();
        for (Tokens.Token token : tokens) {
            if (token.numeric()) {
                index.numbers.add(ClaimTerms.canonicalNumber(token.text()));
                index.closePhrase(phrase);
                continue;
            }
            String lower = token.text().toLowerCase(Locale.ROOT);
            index.words.add(lower);
            String numberWord = ClaimTerms.NUMBER_WORDS.get(lower);
            if (numberWord != null) {
                index.numbers.add(numberWord);
            }
            int month = ClaimTerms.MONTHS.indexOf(lower);
            if (month >= 0) {
                index.numbers.add(Integer.toString(month + 1));
            }
            if (token.capitalised() && phrase.size() < MAX_PHRASE_WORDS) {
                phrase.add(token.text());
            } else if (!phrase.isEmpty() && PHRASE_CONNECTORS.contains(lower)) {
                phrase.add(lower);
            } else {
                index.closePhrase(phrase);
            }
        }
        index.closePhrase(phrase);
        return index;
    }

    public boolean supportsNumber(String number) {
        return numbers.contains(number);
    }

    /** True when the name, an acronym of a phrase, or another form of the same word occurs in the text. */
    public boolean supportsName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (words.contains(lower) || acronyms.contains(name)) {
            return true;
        }
        if (lower.length() <= MIN_SHARED_PREFIX) {
            return false;
        }
        String prefix = lower.substring(0, MIN_SHARED_PREFIX);
        for (String candidate : words.subSet(prefix, true, prefix + Character.MAX_VALUE, true)) {
            int shortest = Math.min(candidate.length(), lower.length());
            if (sharedPrefix(candidate, lower) >= Math.max(MIN_SHARED_PREFIX, shortest - 1)) {
                return true;
            }
        }
        return false;
    }

    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Records the initials of every run of two or more words in a capitalised phrase, with and without connectors. */
    private void closePhrase(List<String> phrase) {
        while (!phrase.isEmpty() && PHRASE_CONNECTORS.contains(phrase.get(phrase.size() - 1))) {
            phrase.remove(phrase.size() - 1);
        }
        for (int from = 0; from < phrase.size(); from++) {
            StringBuilder all = new StringBuilder();
            StringBuilder capitals = new StringBuilder();
            for (int to = from; to < phrase.size(); to++) {
                String word = phrase.get(to);
                all.append(Character.toUpperCase(word.charAt(0)));
                if (Character.isUpperCase(word.charAt(0))) {
                    capitals.append(word.charAt(0));
                }
                if (to > from) {
                    acronyms.add(all.toString());
                    acronyms.add(capitals.toString());
                }
            }
        }
        phrase.clear();
    }
}
