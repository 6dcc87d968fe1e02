package dev.postsummarizer.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postsummarizer.adapter.out.extract.JsoupContentExtractor;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import dev.postsummarizer.domain.ProcessingFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.dankito.readability4j.Readability4J;

/**
 * Runs our extractor and readability4j over the extraction sets in {@code shared/eval} and prints, per set and
 * page type, each set's own metric, the time per page and pages per second, ours beside readability4j's.
 * Writes the predictions as {@code {id: {"articleBody": text}}} JSON, one file per set and extractor.
 *
 * <p>Properties: {@code eval.dir} (default {@code ../shared/eval}), {@code benchmark.out} (default
 * {@code target/benchmark}), {@code benchmark.sets} (comma-separated, default all), {@code benchmark.baseline}
 * ({@code false} skips readability4j for quicker iterations). Per-page scores go to {@code <set>.pages.tsv}.
 * See docs/BENCHMARKS.md.
 */
public final class ExtractionBenchmark {

    /** Pages run once untimed per set before measuring, so the JIT has warmed up both extractors. */
    static final int WARM_UP_PAGES = 15;

    private static final PrintStream OUT = System.out;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsoupContentExtractor extractor = new JsoupContentExtractor();
    private final boolean baseline = Boolean.parseBoolean(System.getProperty("benchmark.baseline", "true"));

    /** What one extractor produced for one page, and how long it took. */
    record Run(String text, ExtractedPost post, long nanos, boolean failed) {
    }

    public static void main(String[] args) throws IOException {
        Path evalDir = EvalSets.evalDir();
        Path out = Path.of(System.getProperty("benchmark.out", "target/benchmark"));
        Files.createDirectories(out);
        List<String> sets = Arrays.asList(System.getProperty("benchmark.sets", String.join(",", EvalSets.ALL)).split(","));
        ExtractionBenchmark benchmark = new ExtractionBenchmark();
        OUT.printf(Locale.ROOT, "Extraction benchmark over %s (ours = JsoupContentExtractor, r4j = readability4j 1.0.8)%n",
                evalDir);
        for (String set : sets) {
            benchmark.runSet(evalDir, set.trim(), out);
        }
    }

    private void runSet(Path evalDir, String set, Path out) throws IOException {
        List<EvalPage> pages = EvalSets.load(evalDir, set);
        for (EvalPage page : pages.subList(0, Math.min(WARM_UP_PAGES, pages.size()))) {
            ours(page);
            baseline(page);
        }
        Map<String, Run> oursByPage = new LinkedHashMap<>();
        Map<String, Run> theirsByPage = new LinkedHashMap<>();
        for (EvalPage page : pages) {
            oursByPage.put(page.id(), ours(page));
            theirsByPage.put(page.id(), baseline(page));
        }
        writePredictions(out.resolve(set + ".ours.json"), oursByPage);
        writePredictions(out.resolve(set + ".readability4j.json"), theirsByPage);
        SetReport.writePageScores(out.resolve(set + ".pages.tsv"), set, pages, oursByPage, theirsByPage);

        Map<String, List<EvalPage>> byType = new TreeMap<>();
        for (EvalPage page : pages) {
            byType.computeIfAbsent(page.type(), type -> new ArrayList<>()).add(page);
        }
        if (byType.size() > 1) {
            byType.put("all", pages);
        }
        OUT.printf(Locale.ROOT, "%n## %s%n", set);
        for (Map.Entry<String, List<EvalPage>> entry : byType.entrySet()) {
            SetReport.print(OUT, set, entry.getKey(), entry.getValue(), oursByPage, theirsByPage);
        }
    }

    Run ours(EvalPage page) {
        long start = System.nanoTime();
        try {
            ExtractedPost post = extractor.extract(page.html(), page.url());
            return new Run(mainText(post), post, System.nanoTime() - start, false);
        } catch (ProcessingFailure failure) {
            return new Run("", null, System.nanoTime() - start, true);
        }
    }

    /** A thread is scored on all its posts (the sets' gold holds every post); an article on its text. */
    static String mainText(ExtractedPost post) {
        if (!post.isForumThread()) {
            return post.text();
        }
        return String.join("\n\n", post.posts().stream().map(ForumPost::text).toList());
    }

    private Run baseline(EvalPage page) {
        return baseline ? readability4j(page) : new Run("", null, 1, true);
    }

    static Run readability4j(EvalPage page) {
        long start = System.nanoTime();
        try {
            String text = new Readability4J(page.url() == null ? "" : page.url(), page.html()).parse().getTextContent();
            return new Run(text == null ? "" : text, null, System.nanoTime() - start, false);
        } catch (RuntimeException | StackOverflowError e) {
            return new Run("", null, System.nanoTime() - start, true);
        }
    }

    private static void writePredictions(Path file, Map<String, Run> runs) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        runs.forEach((id, run) -> root.putObject(id).put("articleBody", run.text()));
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
