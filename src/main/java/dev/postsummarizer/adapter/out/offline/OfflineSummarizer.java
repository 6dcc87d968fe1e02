package dev.postsummarizer.adapter.out.offline;

import dev.postsummarizer.application.RepostAttribution;
import dev.postsummarizer.application.grounding.ClaimTerms;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summarizer that needs no model: an extractive summary of the post's most central sentences (favouring the
 * lead, as news writing puts the essentials first, and avoiding sentences that use loaded terms), and key facts
 * that are sentences of the text quoted verbatim, preferring those with numbers and names. No network, no key;
 * linear in the text's length. It cannot translate, so the summary stays in the post's language.
 */
public final class OfflineSummarizer implements Summarizer {

    public static final String MODEL = "offline/extractive-1";
    public static final String VERSION = "offline-extractive-2";

    static final int MIN_SUMMARY_WORDS = 60;
    static final int MAX_SUMMARY_WORDS = 120;
    static final int MAX_KEY_FACTS = 5;
    static final int MIN_FACT_WORDS = 6;
    static final int MAX_FACT_WORDS = 60;
    static final int MAX_TOPICS = 4;

    private final NeutralityLexicon lexicon;

    public OfflineSummarizer(NeutralityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Summary summarize(ExtractedPost post) {
        return summarize(new SummaryRequest(post, null, null));
    }

    @Override
    public Summary summarize(SummaryRequest request) {
        List<ScoredSentence> sentences = SentenceRanking.rank(storyParagraphs(request.post()), lexicon);
        String summary = RepostAttribution.apply(summaryOf(sentences), request.source());
        String language = request.post().language() == null ? "und" : request.post().language();
        return new Summary(summary, keyFacts(sentences), language, topics(sentences), MODEL, VERSION, 0, 0, 0,
                false, untranslated(request.targetLanguage(), language));
    }

    /** Says so on the record when a summary in another language was asked for: this summarizer quotes the post. */
    private static List<String> untranslated(String targetLanguage, String language) {
        if (targetLanguage == null || targetLanguage.isBlank()
                || primary(targetLanguage).equals(primary(language))) {
            return List.of();
        }
        return List.of("language " + language + " kept: the offline summarizer cannot translate to " + targetLanguage);
    }

    private static String primary(String tag) {
        return tag.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String promptVersion() {
        return VERSION;
    }

    /** A forum thread's story is its opening post; replies are not summarized as the story. */
    static List<String> storyParagraphs(ExtractedPost post) {
        for (ForumPost forumPost : post.posts()) {
            if (forumPost.opening() && forumPost.text() != null && !forumPost.text().isBlank()
                    && post.text().contains(forumPost.text().strip())) {
                return List.of(forumPost.text().strip().split("\\n\\s*\\n"));
            }
        }
        return post.paragraphs();
    }

    /** Best sentences until at least 60 words, never past 120, in reading order. */
    static String summaryOf(List<ScoredSentence> sentences) {
        List<ScoredSentence> byScore = new ArrayList<>(sentences);
        byScore.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        List<ScoredSentence> chosen = new ArrayList<>();
        int words = 0;
        for (ScoredSentence candidate : byScore) {
            if (words >= MIN_SUMMARY_WORDS) {
                break;
            }
            if (words + candidate.words() > MAX_SUMMARY_WORDS && !chosen.isEmpty()) {
                continue;
            }
            if (chosen.stream().noneMatch(c -> c.overlaps(candidate))) {
                chosen.add(candidate);
                words += candidate.words();
            }
        }
        chosen.sort(Comparator.comparingInt(ScoredSentence::position));
        StringBuilder out = new StringBuilder();
        for (ScoredSentence sentence : chosen) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(sentence.text());
        }
        return withinBudget(out.toString());
    }

    /** A text with no sentence ends (a run-on paragraph) is cut at the word budget rather than kept whole. */
    static String withinBudget(String summary) {
        String[] words = summary.split("\\s+");
        if (words.length <= MAX_SUMMARY_WORDS) {
            return summary;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_SUMMARY_WORDS)) + " …";
    }

    /** Sentences carrying numbers or names, best first, quoted verbatim as their own evidence. */
    static List<KeyFact> keyFacts(List<ScoredSentence> sentences) {
        List<ScoredSentence> candidates = new ArrayList<>();
        for (ScoredSentence sentence : sentences) {
            if (sentence.words() >= MIN_FACT_WORDS && sentence.words() <= MAX_FACT_WORDS && !sentence.terms().isEmpty()) {
                candidates.add(sentence);
            }
        }
        candidates.sort(Comparator.comparingDouble(ScoredSentence::factScore).reversed());
        List<KeyFact> facts = new ArrayList<>();
        for (ScoredSentence candidate : candidates.subList(0, Math.min(MAX_KEY_FACTS, candidates.size()))) {
            facts.add(new KeyFact(candidate.text(), candidate.text()));
        }
        return facts;
    }

    /** The names the story mentions most often. */
    static List<String> topics(List<ScoredSentence> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (ScoredSentence sentence : sentences) {
            for (String name : sentence.terms().names()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TOPICS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** One sentence with what the ranking found. */
    record ScoredSentence(String text, int position, int words, double score, double centrality, ClaimTerms terms,
            java.util.Set<String> contentWords, boolean loaded) {

        /**
         * Key facts are the checkable sentences (numbers, names) about what the post is about, wherever they
         * stand: centrality weighted by how much there is to check, without the summary's strong lead prior.
         */
        double factScore() {
            double checkable = 1 + 0.5 * Math.min(3, terms.numbers().size()) + 0.2 * Math.min(3, terms.names().size());
            // a fact quoted verbatim keeps the source's voice: a loaded term ("junta boss") would read as ours
            return (1 + centrality) * checkable * (loaded ? 0.1 : 1);
        }

        /** Near-duplicates (half their content words shared) are not both chosen. */
        boolean overlaps(ScoredSentence other) {
            if (contentWords.isEmpty() || other.contentWords.isEmpty()) {
                return false;
            }
            int shared = 0;
            for (String word : contentWords) {
                if (other.contentWords.contains(word)) {
                    shared++;
                }
            }
            return shared * 2 > Math.min(contentWords.size(), other.contentWords.size());
        }
    }
}
