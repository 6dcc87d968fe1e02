package dev.postsummarizer.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 between a candidate and a reference: tokens are lower-cased Unicode
 * {@code \w+} runs (so the lower-cased, tokenised XSum references compare fairly), no stemming, no stopword
 * removal; n-gram counts are clipped; ROUGE-L is the longest common subsequence of the two token sequences.
 */
final class Rouge {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** F1 scores of one pair. */
    record Scores(double rouge1, double rouge2, double rougeL) {
    }

    private Rouge() {
    }

    static Scores score(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        return new Scores(ngramF1(c, r, 1), ngramF1(c, r, 2), f1(lcs(c, r), c.size(), r.size()));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static double ngramF1(List<String> c, List<String> r, int n) {
        Map<String, Integer> ref = ngrams(r, n);
        Map<String, Integer> cand = ngrams(c, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : cand.entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return f1(overlap, Math.max(0, c.size() - n + 1), Math.max(0, r.size() - n + 1));
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static double f1(int overlap, int candidateCount, int referenceCount) {
        if (overlap == 0 || candidateCount == 0 || referenceCount == 0) {
            return 0;
        }
        double precision = (double) overlap / candidateCount;
        double recall = (double) overlap / referenceCount;
        return 2 * precision * recall / (precision + recall);
    }
}
