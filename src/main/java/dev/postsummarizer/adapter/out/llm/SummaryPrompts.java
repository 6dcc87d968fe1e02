package dev.postsummarizer.adapter.out.llm;

import dev.postsummarizer.application.port.Summarizer.SummaryRequest;
import dev.postsummarizer.domain.ExtractedPost;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The prompt files under {@code prompts/summarize/} and how a request fills them. The post's text is fenced
 * between two marker lines carrying a random token, so nothing in the page can close the fence.
 *
 * <p>{@link #version()} is "summarize-" plus the first 8 hex digits of the SHA-256 of all prompt files: editing
 * a prompt changes the version, which invalidates every cached summary written with the old one.
 */
public final class SummaryPrompts {

    static final String FOLDER = "prompts/summarize/";
    private static final List<String> FILES = List.of("system.txt", "user.txt", "repair.txt", "revise.txt",
            "source-rule.txt", "thread-rule.txt", "part.txt", "reduce.txt");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> templates = new LinkedHashMap<>();
    private final String version;

    public SummaryPrompts() {
        MessageDigest digest = sha256();
        for (String file : FILES) {
            String template = read(FOLDER + file);
            templates.put(file, template);
            digest.update(template.getBytes(StandardCharsets.UTF_8));
        }
        version = "summarize-" + HexFormat.of().formatHex(digest.digest()).substring(0, 8);
    }

    public String version() {
        return version;
    }

    /** A fence token that does not occur in the text. */
    public String newFence(String text) {
        while (true) {
            byte[] bytes = new byte[8];
            RANDOM.nextBytes(bytes);
            String fence = HexFormat.of().formatHex(bytes);
            if (!text.contains(fence)) {
                return fence;
            }
        }
    }

    public String system(SummaryRequest request, String fence) {
        ExtractedPost post = request.post();
        String sourceRule = request.source() == null ? ""
                : fill(templates.get("source-rule.txt"), Map.of("source", request.source().name()));
        String threadRule = post.posts().size() > 1 ? templates.get("thread-rule.txt") : "";
        return fill(templates.get("system.txt"), Map.of(
                "fence", fence,
                "languageRule", languageRule(request),
                "sourceRule", sourceRule,
                "threadRule", threadRule)).strip();
    }

    /** The user message: the post's metadata and text, fenced as data. */
    public String user(String text, ExtractedPost post, String fence) {
        StringBuilder metadata = new StringBuilder();
        appendLine(metadata, "Title", post.title());
        appendLine(metadata, "Site", post.siteName());
        appendLine(metadata, "Author", post.author());
        appendLine(metadata, "Published", post.publishedAt());
        String fencedMetadata = metadata.isEmpty() ? ""
                : "\n\n<<<METADATA " + fence + ">>>\n" + metadata.toString().strip() + "\n<<<END " + fence + ">>>";
        return fill(templates.get("user.txt"), Map.of("metadata", fencedMetadata, "fence", fence, "text", text)).strip();
    }

    /** The user message for one part of a long post: the part's note, then the part fenced like a whole post. */
    public String part(String partText, ExtractedPost post, String fence, int part, int parts) {
        String note = fill(templates.get("part.txt"), Map.of("part", Integer.toString(part),
                "parts", Integer.toString(parts))).strip();
        return note + "\n\n" + user(partText, post, fence);
    }

    /** The user message that combines the parts' summaries (fenced: they repeat the page's words). */
    public String reduce(List<String> partSummaries, String fence) {
        StringBuilder summaries = new StringBuilder();
        for (int i = 0; i < partSummaries.size(); i++) {
            summaries.append("Part ").append(i + 1).append(": ").append(partSummaries.get(i).strip()).append("\n\n");
        }
        return fill(templates.get("reduce.txt"), Map.of("fence", fence, "summaries", summaries.toString().strip()))
                .strip();
    }

    public String repair(String problem) {
        return fill(templates.get("repair.txt"), Map.of("problem", problem)).strip();
    }

    public String revise(List<String> problems) {
        StringBuilder list = new StringBuilder();
        for (String problem : problems) {
            list.append("- ").append(problem).append('\n');
        }
        return fill(templates.get("revise.txt"), Map.of("problems", list.toString().strip())).strip();
    }

    private static String languageRule(SummaryRequest request) {
        if (request.targetLanguage() != null && !request.targetLanguage().isBlank()) {
            String tag = request.targetLanguage().strip();
            String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
            return "in " + (name.isBlank() ? tag : name) + " (" + tag + "), whatever the post's language";
        }
        return "in the language of the post";
    }

    private static void appendLine(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append(label).append(": ").append(value.strip()).append('\n');
        }
    }

    /** Replaces {{name}} placeholders in one pass, so a value containing "{{" is never expanded again. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String name = template.substring(open + 2, close);
            out.append(template, i, open);
            if (values.containsKey(name)) {
                out.append(values.get(name));
            } else {
                throw new IllegalStateException("prompt placeholder without a value: " + name);
            }
            i = close + 2;
        }
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = SummaryPrompts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("prompt file missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
