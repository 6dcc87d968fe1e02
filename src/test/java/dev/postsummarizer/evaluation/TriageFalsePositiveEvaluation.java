package dev.postsummarizer.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.adapter.out.extract.JsoupContentExtractor;
import dev.postsummarizer.adapter.out.triage.JsoupPageTriage;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.PageVerdict;
import dev.postsummarizer.domain.ProcessingFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * False-positive rate of page triage: every article and forum page of ../shared/eval/extraction has real
 * content, so each page the triage would skip (wall, soft 404, too short) is a false positive. Pages go
 * through the production extractor and triage exactly as in the flow.
 *
 * <p>Run: {@code ./mvnw -q -o -DskipNpm test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.postsummarizer.evaluation.TriageFalsePositiveEvaluation} (eval folder from
 * {@code -Deval.dir}, default {@code ../shared/eval}).
 */
public final class TriageFalsePositiveEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        Path extraction = Path.of(System.getProperty("eval.dir", "../shared/eval")).resolve("extraction");
        JsoupContentExtractor extractor = new JsoupContentExtractor();
        JsoupPageTriage triage = new JsoupPageTriage();
        Map<String, List<Path>> sets = new TreeMap<>();
        sets.put("scrapinghub (articles)", htmlFiles(extraction.resolve("scrapinghub/html")));
        sets.put("web-forum-52 (forums)", htmlFiles(extraction.resolve("web-forum-52/html")));
        sets.putAll(wcxbByType(extraction.resolve("wcxb")));

        int pages = 0;
        int skipped = 0;
        List<String> skippedPages = new ArrayList<>();
        System.out.printf("%-26s %6s %8s %8s%n", "set", "pages", "skipped", "failed");
        for (var set : sets.entrySet()) {
            int setSkipped = 0;
            int setFailed = 0;
            for (Path file : set.getValue()) {
                String html = gunzip(file);
                String id = file.getFileName().toString().replace(".html.gz", "");
                ExtractedPost post;
                try {
                    post = extractor.extract(html, "https://example.org/" + id);
                } catch (ProcessingFailure failure) {
                    setFailed++;
                    skippedPages.add(set.getKey() + " " + id + ": extraction failed: " + failure.getMessage());
                    continue;
                }
                Optional<PageVerdict> verdict = triage.assess(html, post);
                if (verdict.isPresent()) {
                    setSkipped++;
                    skippedPages.add(set.getKey() + " " + id + ": " + verdict.get().reason() + " ("
                            + verdict.get().message() + ")");
                }
            }
            pages += set.getValue().size();
            skipped += setSkipped + setFailed;
            System.out.printf("%-26s %6d %8d %8d%n", set.getKey(), set.getValue().size(), setSkipped, setFailed);
        }
        System.out.printf("%-26s %6d %8d   (false-positive rate %.2f %%)%n", "all", pages, skipped,
                100.0 * skipped / Math.max(1, pages));
        skippedPages.forEach(line -> System.out.println("  " + line));
    }

    private static Map<String, List<Path>> wcxbByType(Path wcxb) throws IOException {
        JsonNode files = JSON.readTree(wcxb.resolve("metadata.json").toFile()).path("files");
        Map<String, List<Path>> byType = new TreeMap<>();
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) files::fields) {
            String type = entry.getValue().path("page_type").asText();
            Path html = wcxb.resolve("html/" + entry.getKey() + ".html.gz");
            if (Files.exists(html)) {
                byType.computeIfAbsent("wcxb (" + type + "s)", k -> new ArrayList<>()).add(html);
            }
        }
        return byType;
    }

    private static List<Path> htmlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private TriageFalsePositiveEvaluation() {
    }
}
