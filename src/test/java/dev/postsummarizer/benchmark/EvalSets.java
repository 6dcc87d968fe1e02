package dev.postsummarizer.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/** Reads the extraction sets in the layout of {@code shared/eval/extraction/<set>} (see its README). */
final class EvalSets {

    static final List<String> ALL = List.of("scrapinghub", "wcxb", "web-forum-52", "readability");

    /** System property naming the eval folder; relative paths resolve against the project directory. */
    static final String EVAL_DIR_PROPERTY = "eval.dir";
    static final String DEFAULT_EVAL_DIR = "../shared/eval";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalSets() {
    }

    /** The eval folder from {@code -Deval.dir}, or {@code ../shared/eval}; fails clearly when it is missing. */
    static Path evalDir() {
        Path dir = Path.of(System.getProperty(EVAL_DIR_PROPERTY, DEFAULT_EVAL_DIR)).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("extraction"))) {
            throw new IllegalStateException("evaluation data not found at " + dir + " (expected " + dir.resolve("extraction")
                    + "); set -D" + EVAL_DIR_PROPERTY + "=<path to shared/eval>");
        }
        return dir;
    }

    static List<EvalPage> load(Path evalDir, String set) throws IOException {
        Path root = evalDir.resolve("extraction").resolve(set);
        return switch (set) {
            case "scrapinghub" -> scrapinghub(root);
            case "wcxb" -> wcxb(root);
            case "web-forum-52" -> webForum(root);
            case "readability" -> readability(root);
            default -> throw new IllegalArgumentException("unknown set " + set + "; known: " + ALL);
        };
    }

    private static List<EvalPage> scrapinghub(Path root) throws IOException {
        JsonNode truth = JSON.readTree(root.resolve("ground-truth.json").toFile());
        List<EvalPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            pages.add(new EvalPage("scrapinghub", id, "article", entry.getValue().path("url").asText(null),
                    gunzip(root.resolve("html").resolve(id + ".html.gz")), entry.getValue().path("articleBody").asText(""),
                    List.of(), List.of(), null, List.of()));
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return pages;
    }

    private static List<EvalPage> wcxb(Path root) throws IOException {
        JsonNode files = JSON.readTree(root.resolve("metadata.json").toFile()).path("files");
        List<EvalPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            Path truthFile = root.resolve("ground-truth").resolve(id + ".json.gz");
            Path htmlFile = root.resolve("html").resolve(id + ".html.gz");
            if (!Files.exists(truthFile) || !Files.exists(htmlFile)) {
                continue;
            }
            JsonNode truth = JSON.readTree(gunzip(truthFile));
            JsonNode gold = truth.path("ground_truth");
            pages.add(new EvalPage("wcxb", id, entry.getValue().path("page_type").asText("article"),
                    truth.path("url").asText(null), gunzip(htmlFile), gold.path("main_content").asText(""),
                    strings(gold.path("with")), strings(gold.path("without")), gold.path("title").asText(null),
                    List.of()));
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return pages;
    }

    private static List<EvalPage> webForum(Path root) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("ground-truth"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode truth = JSON.readTree(file.toFile());
                String id = file.getFileName().toString().replaceFirst("\\.json$", "");
                List<EvalPage.GoldPost> posts = new ArrayList<>();
                for (JsonNode post : truth.path("gold_standard_annotation")) {
                    posts.add(new EvalPage.GoldPost(post.path("user").path("surface_form").asText(""),
                            post.path("post_text").path("surface_form").asText("")));
                }
                String reference = String.join("\n\n", posts.stream().map(EvalPage.GoldPost::text).toList());
                pages.add(new EvalPage("web-forum-52", id, "forum", truth.path("url").asText(null),
                        gunzip(root.resolve("html").resolve(id + ".html.gz")), reference, List.of(), List.of(), null,
                        posts));
            }
        }
        return pages;
    }

    private static List<EvalPage> readability(Path root) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        try (Stream<Path> cases = Files.list(root)) {
            for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
                Path source = dir.resolve("source.html.gz");
                Path expected = dir.resolve("expected.html");
                if (!Files.exists(source) || !Files.exists(expected)) {
                    continue;
                }
                String reference = Jsoup.parse(Files.readString(expected)).text();
                JsonNode meta = Files.exists(dir.resolve("expected-metadata.json"))
                        ? JSON.readTree(dir.resolve("expected-metadata.json").toFile()) : JSON.createObjectNode();
                String id = dir.getFileName().toString();
                pages.add(new EvalPage("readability", id, "case", "http://fakehost/test/page.html", gunzip(source),
                        reference, List.of(), List.of(), meta.path("title").asText(null), List.of()));
            }
        }
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    static String gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
