package dev.postsummarizer.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.adapter.out.llm.ChatModelFactory;
import dev.postsummarizer.adapter.out.llm.LangChain4jSummarizer;
import dev.postsummarizer.adapter.out.llm.ModelSettings;
import dev.postsummarizer.adapter.out.llm.SummaryPrompts;
import dev.postsummarizer.application.TokenBudget;
import dev.postsummarizer.application.grounding.ConsistencyCheck;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opt-in evaluation against a real model (never part of {@code ./mvnw verify}): skipped unless
 * SUMMARIZER_PROVIDER and SUMMARIZER_MODEL are set (plus SUMMARIZER_API_KEY / SUMMARIZER_BASE_URL /
 * SUMMARIZER_REGION as the provider needs). On the SummEdits articles and the first {@code -Deval.limit} FRANK
 * articles per half it reports the model's ROUGE-1/2/L against FRANK's references, the share of its key facts
 * that survive grounding (faithfulness), how many summaries the consistency check flags, loaded terms and
 * failures, and writes the report to {@code target/benchmarks/real-model-summaries.md}.
 */
public final class RealModelEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        String provider = env("SUMMARIZER_PROVIDER");
        String model = env("SUMMARIZER_MODEL");
        if (provider == null || model == null || provider.equals("offline")) {
            System.out.println("skipped: set SUMMARIZER_PROVIDER and SUMMARIZER_MODEL to evaluate a real model");
            return;
        }
        ModelSettings settings = new ModelSettings(provider, model, env("SUMMARIZER_API_KEY"),
                env("SUMMARIZER_BASE_URL"), env("SUMMARIZER_REGION"), env("SUMMARIZER_ENDPOINT_OVERRIDE"), null, null,
                2, Duration.ofSeconds(90), true, 1500);
        LangChain4jSummarizer summarizer = new LangChain4jSummarizer(ChatModelFactory.create(settings), settings,
                new SummaryPrompts(), NeutralityLexicon.fromClasspath(), new TokenBudget(12_000, 3.5));
        int limit = Integer.getInteger("eval.limit", 20);
        Path eval = EvalData.dir();

        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String line : Files.readAllLines(eval.resolve("summaries/frank/frank-valid.jsonl"))) {
            JsonNode row = JSON.readTree(line);
            Tally tally = tallies.computeIfAbsent("frank-" + row.path("dataset").asText(), k -> new Tally());
            if (tally.articles < limit) {
                tally.run(summarizer, row.path("article").asText(), row.path("reference").asText());
            }
        }
        List<String> docs = new ArrayList<>();
        for (String line : Files.readAllLines(eval.resolve("summaries/summedits-news/summedits-news.jsonl"))) {
            String doc = JSON.readTree(line).path("doc").asText();
            if (!docs.contains(doc)) {
                docs.add(doc);
            }
        }
        Tally summedits = new Tally();
        docs.forEach(doc -> summedits.run(summarizer, doc, null));
        tallies.put("summedits-articles", summedits);

        StringBuilder report = new StringBuilder("Model: " + settings.qualifiedName() + ", prompt "
                + summarizer.promptVersion() + "\n\n| set | articles | failed | ROUGE-1 | ROUGE-2 | ROUGE-L | facts "
                + "grounded | summaries flagged | loaded terms left | tokens in/out |\n|---|---:|---:|---:|---:|---:|"
                + "---:|---:|---:|---:|\n");
        tallies.forEach((name, t) -> report.append(t.row(name)));
        Path out = Path.of("target/benchmarks/real-model-summaries.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Running sums over one set. */
    private static final class Tally {
        int articles;
        int failed;
        int withReference;
        double rouge1;
        double rouge2;
        double rougeL;
        long factsKept;
        long factsDropped;
        int flagged;
        int loaded;
        long inputTokens;
        long outputTokens;

        void run(LangChain4jSummarizer summarizer, String article, String reference) {
            articles++;
            ExtractedPost post = new ExtractedPost("https://eval.example/", null, null, null, null, null, "en",
                    List.of(article.split("\\n+")), List.of());
            Summary summary;
            try {
                summary = summarizer.summarize(post);
            } catch (ProcessingFailure failure) {
                failed++;
                return;
            }
            if (reference != null) {
                Rouge.Scores scores = Rouge.score(summary.summary(), reference);
                rouge1 += scores.rouge1();
                rouge2 += scores.rouge2();
                rougeL += scores.rougeL();
                withReference++;
            }
            factsKept += summary.keyFacts().size();
            factsDropped += summary.droppedFacts();
            flagged += new ConsistencyCheck(article).problems(summary.summary()).isEmpty() ? 0 : 1;
            loaded += summary.unsupported().stream().anyMatch(u -> u.startsWith("loaded")) ? 1 : 0;
            inputTokens += summary.inputTokens();
            outputTokens += summary.outputTokens();
        }

        String row(String name) {
            int ok = articles - failed;
            double n = Math.max(1, withReference);
            return String.format("| %s | %d | %d | %s | %s | %s | %.3f | %d of %d | %d | %d/%d |%n", name, articles,
                    failed, withReference == 0 ? "-" : String.format("%.4f", rouge1 / n),
                    withReference == 0 ? "-" : String.format("%.4f", rouge2 / n),
                    withReference == 0 ? "-" : String.format("%.4f", rougeL / n),
                    factsKept + factsDropped == 0 ? 0.0 : (double) factsKept / (factsKept + factsDropped),
                    flagged, ok, loaded, inputTokens, outputTokens);
        }
    }
}
