package dev.postsummarizer.application.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Is a summary consistent with its source text, judged without a model? It is flagged when it states a number
 * or a proper name the text does not contain ({@link SummaryCheck}), or when it negates what the text asserts or
 * asserts what the text negates: the few content words a negation governs ("no vehicles were buried" →
 * vehicles, buried) are looked up in the text, and the text sentence that has them must be negated too; and a
 * negated text sentence whose governed words the summary repeats must be negated in the summary.
 *
 * <p>The checks are deliberately lexical: cheap, deterministic, explainable. They cannot see a swapped common
 * noun or an antonym; docs/BENCHMARKS.md measures what they catch on labelled summaries.
 */
public final class ConsistencyCheck {

    /** Negation cues, including verbs that negate what follows ("failed to get" = "did not get"). */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "without", "cannot", "nowhere", "failed", "fails", "fail", "unable", "refused",
            "refuses", "denied", "denies", "lacks", "lacked");
    private static final int MIN_CONTENT_WORD_LENGTH = 3;

    /** How many content words after a negation cue it is taken to govern. */
    private static final int NEGATION_SCOPE = 4;
    /** Content words the summary must share with a text sentence for the two to be about the same thing. */
    private static final int MIN_SHARED = 2;

    private final SummaryCheck summaryCheck;
    private final List<Set<String>> textSentences = new ArrayList<>();
    private final List<Boolean> textNegated = new ArrayList<>();
    private final List<List<String>> textNegationScopes = new ArrayList<>();

    public ConsistencyCheck(String text) {
        NormalisedText normalised = NormalisedText.of(text);
        this.summaryCheck = new SummaryCheck(normalised, List.of());
        for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
            for (String sentence : Sentences.of(paragraph)) {
                List<String> words = words(sentence);
                textSentences.add(contentWords(words));
                List<String> scope = negationScope(words);
                textNegated.add(!scope.isEmpty() || negated(words));
                if (!scope.isEmpty()) {
                    textNegationScopes.add(scope);
                }
            }
        }
    }

    /** Why the summary is not consistent with the text (empty when nothing was found). */
    public List<String> problems(String summary) {
        List<String> problems = new ArrayList<>(summaryCheck.unsupported(summary));
        for (String sentence : Sentences.of(NormalisedText.of(summary).cased())) {
            List<String> words = words(sentence);
            List<String> scope = negationScope(words);
            if (!scope.isEmpty()) {
                int source = bestSource(new HashSet<>(scope));
                if (source >= 0 && !textNegated.get(source)) {
                    problems.add("negates what the text asserts: " + sentence);
                }
            } else if (!negated(words)) {
                Set<String> content = contentWords(words);
                for (List<String> textScope : textNegationScopes) {
                    if (content.containsAll(textScope) && textScope.size() >= MIN_SHARED) {
                        problems.add("asserts what the text negates: " + sentence);
                        break;
                    }
                }
            }
        }
        return problems;
    }

    /** The content words right after the first negation cue, or empty when the sentence has none. */
    private static List<String> negationScope(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                List<String> scope = new ArrayList<>();
                for (int k = i + 1; k < words.size() && scope.size() < NEGATION_SCOPE; k++) {
                    String next = words.get(k);
                    if (next.length() >= MIN_CONTENT_WORD_LENGTH && !NEGATIONS.contains(next)) {
                        scope.add(next);
                    }
                }
                return scope;
            }
        }
        return List.of();
    }

    private int bestSource(Set<String> content) {
        int best = -1;
        int bestShared = MIN_SHARED - 1;
        for (int i = 0; i < textSentences.size(); i++) {
            int shared = 0;
            for (String word : content) {
                if (textSentences.get(i).contains(word)) {
                    shared++;
                }
            }
            if (shared > bestShared || (shared == bestShared && best >= 0 && textNegated.get(i) && !textNegated.get(best))) {
                best = shared > bestShared - 1 && shared >= MIN_SHARED ? i : best;
                bestShared = Math.max(bestShared, shared);
            }
        }
        return best;
    }

    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (Tokens.Token token : Tokens.of(sentence)) {
            words.add(token.text().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        return words;
    }

    private static Set<String> contentWords(List<String> words) {
        Set<String> content = new HashSet<>();
        for (String word : words) {
            if (word.length() >= MIN_CONTENT_WORD_LENGTH && !NEGATIONS.contains(word)) {
                content.add(word);
            }
        }
        return content;
    }

    private static boolean negated(List<String> words) {
        for (String word : words) {
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}
