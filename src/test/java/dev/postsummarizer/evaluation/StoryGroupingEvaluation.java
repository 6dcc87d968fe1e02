package dev.postsummarizer.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.application.StoryMatch;
import dev.postsummarizer.domain.TextSketch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Precision and recall of story grouping on labelled pairs built from the WCXB article pages' gold text
 * (../shared/eval/extraction/wcxb, read at run time).
 *
 * <p>Same story (positives): each article against a repost of it, made the way forums and blogs repost:
 * (a) credit line + the whole text + two replies, (b) the first 60 % of its paragraphs + "Source: …",
 * (c) every tenth sentence dropped + a comment paragraph. Different stories (negatives): every pair of
 * articles from the same site, every pair sharing a topic tag, and as many random pairs. Pages with ids in
 * even positions tune nothing here (the threshold is fixed in {@link StoryMatch}); results are reported for
 * all pairs and for the odd half separately, to show the threshold is not fitted to the pairs.
 *
 * <p>Run: {@code ./mvnw -q -o -DskipNpm test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.postsummarizer.evaluation.StoryGroupingEvaluation}
 */
public final class StoryGroupingEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_WORDS = 150;

    public static void main(String[] args) throws IOException {
        Path wcxb = Path.of(System.getProperty("eval.dir", "../shared/eval")).resolve("extraction/wcxb");
        JsonNode metadata = JSON.readTree(wcxb.resolve("metadata.json").toFile()).path("files");
        Map<String, Article> articles = new TreeMap<>();
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) metadata::fields) {
            if (!"article".equals(entry.getValue().path("page_type").asText())) {
                continue;
            }
            JsonNode truth = read(wcxb.resolve("ground-truth/" + entry.getKey() + ".json.gz"));
            String text = truth.path("ground_truth").path("main_content").asText("");
            if (text.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            Set<String> tags = new HashSet<>();
            truth.path("_internal").path("page_type").path("tags").forEach(t -> tags.add(t.asText()));
            articles.put(entry.getKey(), new Article(entry.getKey(), entry.getValue().path("domain").asText(),
                    tags, text, TextSketch.of(text)));
        }
        List<Article> list = new ArrayList<>(articles.values());
        Counts all = new Counts();
        Counts oddHalf = new Counts();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < list.size(); i++) {
            Article a = list.get(i);
            boolean predicted = StoryMatch.sameStory(a.sketch(), TextSketch.of(repost(a.text(), i % 3)));
            all.add(true, predicted);
            if (i % 2 == 1) {
                oddHalf.add(true, predicted);
            }
            for (int j = i + 1; j < list.size(); j++) {
                Article b = list.get(j);
                boolean hard = a.domain().equals(b.domain()) || !intersection(a.tags(), b.tags()).isEmpty();
                boolean sampled = random.nextInt(list.size()) == 0;
                if (hard || sampled) {
                    boolean negative = StoryMatch.sameStory(a.sketch(), b.sketch());
                    all.add(false, negative);
                    if (i % 2 == 1) {
                        oddHalf.add(false, negative);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "articles: %d (WCXB, >= %d words)%n", list.size(), MIN_WORDS);
        System.out.printf(Locale.ROOT, "all pairs:  %s%n", all);
        System.out.printf(Locale.ROOT, "odd half:   %s%n", oddHalf);
    }

    /** A repost of {@code text} in one of three shapes (see class comment). */
    static String repost(String text, int shape) {
        List<String> paragraphs = Arrays.stream(text.split("\n\\s*\n")).filter(p -> !p.isBlank()).toList();
        return switch (shape) {
            case 0 -> "The Source Outlet\n\n" + text + "\n\n-2025-05-07\n\nThanks for posting this.\n\n"
                    + "I read the same thing yesterday, hard to believe.";
            case 1 -> String.join("\n\n", paragraphs.subList(0, Math.max(1, (int) (paragraphs.size() * 0.6))))
                    + "\n\nSource: The Source Outlet";
            default -> {
                String[] sentences = text.split("(?<=[.!?])\\s+");
                StringBuilder kept = new StringBuilder();
                for (int i = 0; i < sentences.length; i++) {
                    if (i % 10 != 5) {
                        kept.append(sentences[i]).append(' ');
                    }
                }
                yield kept + "\n\nMy two cents: this will not end well for anyone involved.";
            }
        };
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static JsonNode read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return JSON.readTree(in);
        }
    }

    private record Article(String id, String domain, Set<String> tags, String text, TextSketch sketch) {
    }

    private static final class Counts {
        int tp;
        int fp;
        int fn;
        int tn;

        void add(boolean same, boolean predicted) {
            if (same && predicted) {
                tp++;
            } else if (same) {
                fn++;
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }

        @Override
        public String toString() {
            double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            return String.format(Locale.ROOT, "positives %d, negatives %d; precision %.3f, recall %.3f "
                    + "(TP %d, FP %d, FN %d, TN %d)", tp + fn, fp + tn, precision, recall, tp, fp, fn, tn);
        }
    }
}
