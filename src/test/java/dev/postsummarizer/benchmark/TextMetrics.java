package dev.postsummarizer.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evaluation sets' own text metrics. Shingles (scrapinghub's article-extraction-benchmark, also used for
 * WEB-FORUM-52 and the readability cases): 4-token shingles, tokens {@code \w+} (Unicode, case kept), TP/FP/FN of
 * the shingle multisets normalised to sum 1 per page. Bag of words (WCXB): lower-cased {@code \w+} tokens,
 * multiset precision/recall/F1 per page.
 */
final class TextMetrics {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    static final int SHINGLE_SIZE = 4;

    /** One page's shingle match, normalised so that long pages weigh no more than short ones. */
    record ShingleMatch(double tp, double fp, double fn) {

        /** Precision, or NaN when the page has no predicted shingles (such pages are left out of the mean). */
        double precision() {
            return tp + fp == 0 ? Double.NaN : tp / (tp + fp);
        }

        /** Recall, or NaN when the page has no reference shingles (left out of the mean). */
        double recall() {
            return tp + fn == 0 ? Double.NaN : tp / (tp + fn);
        }
    }

    /** Precision, recall and F1. */
    record Prf(double precision, double recall, double f1) {
    }

    private TextMetrics() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    static ShingleMatch shingles(String reference, String predicted) {
        Map<List<String>, Integer> truth = shingleCounts(reference);
        Map<List<String>, Integer> guess = shingleCounts(predicted);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(guess.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int t = truth.getOrDefault(key, 0);
            int p = guess.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    /** Macro means of precision and recall over pages, and F1 of those two means (the benchmark's reading). */
    static Prf shingleMeans(List<ShingleMatch> pages) {
        double precision = mean(pages.stream().mapToDouble(ShingleMatch::precision).toArray());
        double recall = mean(pages.stream().mapToDouble(ShingleMatch::recall).toArray());
        return new Prf(precision, recall, f1(precision, recall));
    }

    private static Map<List<String>, Integer> shingleCounts(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        // A text shorter than a shingle is one (short) shingle, as in the reference implementation.
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE_SIZE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** WCXB's bag-of-words precision/recall/F1 of one page. */
    static Prf bagOfWords(String reference, String predicted) {
        Map<String, Integer> truth = wordCounts(reference);
        Map<String, Integer> guess = wordCounts(predicted);
        int truthTotal = truth.values().stream().mapToInt(Integer::intValue).sum();
        int guessTotal = guess.values().stream().mapToInt(Integer::intValue).sum();
        if (truthTotal == 0 && guessTotal == 0) {
            return new Prf(1, 1, 1);
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : guess.entrySet()) {
            overlap += Math.min(entry.getValue(), truth.getOrDefault(entry.getKey(), 0));
        }
        double precision = guessTotal == 0 ? 0 : overlap / (double) guessTotal;
        double recall = truthTotal == 0 ? 0 : overlap / (double) truthTotal;
        return new Prf(precision, recall, f1(precision, recall));
    }

    private static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : tokens(text)) {
            counts.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }

    /** Whether a snippet occurs in the text, compared as lower-cased word sequences (punctuation ignored). */
    static boolean containsSnippet(String text, String snippet) {
        String words = " " + String.join(" ", tokens(text.toLowerCase(Locale.ROOT))) + " ";
        String wanted = String.join(" ", tokens(snippet.toLowerCase(Locale.ROOT)));
        return !wanted.isEmpty() && words.contains(" " + wanted + " ");
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Mean of the values that are numbers; NaN when there are none. */
    static double mean(double[] values) {
        double sum = 0;
        int count = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
