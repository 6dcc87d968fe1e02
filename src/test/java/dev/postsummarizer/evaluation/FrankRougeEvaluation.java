package dev.postsummarizer.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.adapter.out.offline.OfflineSummarizer;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.grounding.Sentences;
import dev.postsummarizer.domain.ExtractedPost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ROUGE-1/2/L F1 of the offline summarizer against FRANK's reference summaries
 * (../shared/eval/summaries/frank, read at run time), next to a lead-3 baseline (the article's first three
 * sentences, split by the same sentence splitter) computed in the same run, per half (CNN/DM, BBC XSum).
 *
 * <p>Run: see docs/BENCHMARKS.md "## Summaries".
 */
public final class FrankRougeEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LEAD = 3;

    public static void main(String[] args) throws IOException {
        System.out.println(run(EvalData.dir()));
    }

    static String run(Path eval) throws IOException {
        OfflineSummarizer offline = new OfflineSummarizer(NeutralityLexicon.fromClasspath());
        Map<String, Totals> byDataset = new TreeMap<>();
        for (String line : Files.readAllLines(eval.resolve("summaries/frank/frank-valid.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = JSON.readTree(line);
            String article = row.path("article").asText();
            String reference = row.path("reference").asText();
            List<String> paragraphs = List.of(article.split("\\n+"));
            ExtractedPost post = new ExtractedPost(row.path("url").asText(), null, null, null, null, null, "en",
                    paragraphs, List.of());
            String summary = offline.summarize(post).summary();
            Totals totals = byDataset.computeIfAbsent(row.path("dataset").asText(), k -> new Totals());
            totals.add(Rouge.score(summary, reference), Rouge.score(lead(paragraphs), reference),
                    Rouge.tokens(summary).size(), Rouge.tokens(lead(paragraphs)).size());
        }
        StringBuilder out = new StringBuilder();
        out.append("| half | articles | system | words | ROUGE-1 | ROUGE-2 | ROUGE-L |\n");
        out.append("|---|---:|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Totals> entry : byDataset.entrySet()) {
            Totals t = entry.getValue();
            out.append(String.format("| %s | %d | offline | %.0f | %.4f | %.4f | %.4f |%n", entry.getKey(), t.count,
                    t.offlineWords / t.count, t.offline[0] / t.count, t.offline[1] / t.count, t.offline[2] / t.count));
            out.append(String.format("| %s | %d | lead-3 | %.0f | %.4f | %.4f | %.4f |%n", entry.getKey(), t.count,
                    t.leadWords / t.count, t.lead[0] / t.count, t.lead[1] / t.count, t.lead[2] / t.count));
        }
        return out.toString();
    }

    static String lead(List<String> paragraphs) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : Sentences.of(paragraph)) {
                if (sentences.size() < LEAD) {
                    sentences.add(sentence);
                }
            }
        }
        return String.join(" ", sentences);
    }

    /** Sums of F1 scores and lengths over one half. */
    private static final class Totals {
        final double[] offline = new double[3];
        final double[] lead = new double[3];
        double offlineWords;
        double leadWords;
        int count;

        void add(Rouge.Scores o, Rouge.Scores l, int oWords, int lWords) {
            offline[0] += o.rouge1();
            offline[1] += o.rouge2();
            offline[2] += o.rougeL();
            lead[0] += l.rouge1();
            lead[1] += l.rouge2();
            lead[2] += l.rougeL();
            offlineWords += oWords;
            leadWords += lWords;
            count++;
        }
    }
}
