package dev.postsummarizer.adapter.out.offline;

import dev.postsummarizer.adapter.out.offline.OfflineSummarizer.ScoredSentence;
import dev.postsummarizer.application.grounding.ClaimTerms;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.grounding.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores sentences by centrality (the mean document frequency of their content words: a sentence about what the
 * whole post is about scores high) times a lead bonus (news puts the essentials first). Sentences that use a
 * loaded term in the source's voice, and fragments too short to stand alone, are pushed down.
 */
final class SentenceRanking {

    static final double LEAD_WEIGHT = 8.0;
    static final double LEAD_DECAY = 1.0;
    static final double LOADED_PENALTY = 0.4;
    static final int MIN_SENTENCE_WORDS = 5;
    static final int MIN_CONTENT_WORD_LENGTH = 3;

    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "that", "with", "was", "were", "are",
            "has", "have", "had", "his", "her", "its", "their", "this", "these", "those", "from", "but", "not",
            "been", "will", "would", "could", "should", "said", "says", "also", "than", "then", "they", "them",
            "who", "which", "what", "when", "where", "while", "into", "about", "after", "before", "over", "under",
            "more", "most", "some", "such", "there", "here", "all", "any", "can", "may", "one", "out", "our",
            "you", "your", "she", "him", "how", "why", "did", "does", "just", "only", "very", "being", "other",
            "der", "die", "das", "und", "den", "les", "des", "une", "est", "del", "los", "las");

    private SentenceRanking() {
    }

    static List<ScoredSentence> rank(List<String> paragraphs, NeutralityLexicon lexicon) {
        List<String> texts = new ArrayList<>();
        List<Set<String>> contents = new ArrayList<>();
        List<Integer> wordCounts = new ArrayList<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (String paragraph : paragraphs) {
            for (String sentence : Sentences.of(paragraph)) {
                Set<String> words = new LinkedHashSet<>();
                int count = contentWords(sentence, words);
                texts.add(sentence);
                contents.add(words);
                wordCounts.add(count);
                for (String word : words) {
                    frequency.merge(word, 1, Integer::sum);
                }
            }
        }
        List<ScoredSentence> ranked = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            double centrality = 0;
            for (String word : contents.get(i)) {
                centrality += frequency.get(word) - 1; // words used only here say nothing about the whole
            }
            centrality = contents.get(i).isEmpty() ? 0 : centrality / Math.sqrt(contents.get(i).size());
            double score = (1 + centrality) * (1 + LEAD_WEIGHT / (1 + LEAD_DECAY * i));
            if (wordCounts.get(i) < MIN_SENTENCE_WORDS) {
                score *= 0.1;
            }
            boolean loaded = !lexicon.flag(texts.get(i)).isEmpty();
            if (loaded) {
                score *= LOADED_PENALTY;
            }
            ranked.add(new ScoredSentence(texts.get(i), i, wordCounts.get(i), score, centrality,
                    ClaimTerms.of(texts.get(i)), contents.get(i), loaded));
        }
        return ranked;
    }

    /** Adds the sentence's lower-cased content words to {@code into}; returns its total word count. */
    private static int contentWords(String sentence, Set<String> into) {
        int words = 0;
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(sentence.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(sentence.charAt(i))) {
                i++;
            }
            words++;
            String word = sentence.substring(start, i).toLowerCase(Locale.ROOT);
            if (word.length() >= MIN_CONTENT_WORD_LENGTH && !STOPWORDS.contains(word)) {
                into.add(word);
            }
        }
        return words;
    }
}
