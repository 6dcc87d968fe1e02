package dev.postsummarizer.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.application.grounding.ConsistencyCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deterministic consistency check ({@link ConsistencyCheck}) as a classifier of SummEdits' labelled news
 * summaries (../shared/eval/summaries/summedits-news, read at run time): flagged = predicted inconsistent.
 * Reports balanced accuracy, precision and recall overall, and per edit type (recall on the inconsistent
 * summaries of that type; precision and balanced accuracy against all consistent summaries as negatives).
 * Nothing is fitted to the data: the check has no threshold.
 *
 * <p>Run: see docs/BENCHMARKS.md "## Summaries".
 */
public final class SummEditsEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        System.out.println(run(EvalData.dir()));
    }

    static String run(Path eval) throws IOException {
        List<String> lines = Files.readAllLines(eval.resolve("summaries/summedits-news/summedits-news.jsonl"));
        Map<String, ConsistencyCheck> checks = new HashMap<>();
        Confusion all = new Confusion();
        Map<String, Confusion> byType = new TreeMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = JSON.readTree(line);
            String doc = row.path("doc").asText();
            ConsistencyCheck check = checks.computeIfAbsent(doc, ConsistencyCheck::new);
            List<String> problems = check.problems(row.path("summary").asText());
            boolean flagged = !problems.isEmpty();
            boolean inconsistent = "0".equals(row.path("label").asText());
            if (Boolean.getBoolean("eval.verbose") && flagged != inconsistent) {
                System.err.println((inconsistent ? "MISSED " + row.path("edit_types") : "FALSE ALARM " + problems)
                        + "\n  " + row.path("summary").asText());
            }
            all.add(inconsistent, flagged);
            if (inconsistent) {
                JsonNode types = row.path("edit_types");
                if (types.isEmpty()) {
                    byType.computeIfAbsent("(no type given)", k -> new Confusion()).add(true, flagged);
                }
                types.forEach(t -> byType.computeIfAbsent(t.asText(), k -> new Confusion()).add(true, flagged));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("SummEdits news: ").append(all.total()).append(" summaries (").append(all.positives())
                .append(" inconsistent, ").append(all.negatives()).append(" consistent)\n\n");
        out.append("| edit type | inconsistent | flagged | recall | precision | balanced accuracy |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Confusion> entry : byType.entrySet()) {
            Confusion type = entry.getValue().withNegativesOf(all);
            out.append(String.format("| %s | %d | %d | %.3f | %.3f | %.3f |%n", entry.getKey(), type.positives(),
                    type.truePositives, type.recall(), type.precision(), type.balancedAccuracy()));
        }
        out.append(String.format("| **all** | %d | %d | %.3f | %.3f | **%.3f** |%n", all.positives(),
                all.truePositives, all.recall(), all.precision(), all.balancedAccuracy()));
        out.append(String.format("%nconsistent summaries wrongly flagged: %d of %d (specificity %.3f)%n",
                all.falsePositives, all.negatives(), all.specificity()));
        return out.toString();
    }

    /** Counts of a binary classifier; positive = inconsistent. */
    static final class Confusion {
        int truePositives;
        int falseNegatives;
        int trueNegatives;
        int falsePositives;

        void add(boolean positive, boolean predicted) {
            if (positive && predicted) {
                truePositives++;
            } else if (positive) {
                falseNegatives++;
            } else if (predicted) {
                falsePositives++;
            } else {
                trueNegatives++;
            }
        }

        Confusion withNegativesOf(Confusion other) {
            Confusion merged = new Confusion();
            merged.truePositives = truePositives;
            merged.falseNegatives = falseNegatives;
            merged.trueNegatives = other.trueNegatives;
            merged.falsePositives = other.falsePositives;
            return merged;
        }

        int positives() {
            return truePositives + falseNegatives;
        }

        int negatives() {
            return trueNegatives + falsePositives;
        }

        int total() {
            return positives() + negatives();
        }

        double recall() {
            return ratio(truePositives, positives());
        }

        double specificity() {
            return ratio(trueNegatives, negatives());
        }

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double balancedAccuracy() {
            return (recall() + specificity()) / 2;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }
}
