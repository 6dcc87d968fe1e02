package dev.postsummarizer.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import dev.postsummarizer.domain.PostUrl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of URLs read from a file, with its bad entries. Formats, chosen by the file name:
 * {@code .json} (an array of URL strings or of {@code {"url": …}} objects; entries are numbered from 1),
 * {@code .csv} (the first column; a header cell {@code url} is skipped), anything else as text (one URL a line,
 * blank lines and {@code #} comments ignored). URLs naming the same post (same canonical URL) are kept once.
 *
 * @param urls       the valid URLs, first occurrence of each post, in file order
 * @param duplicates how many valid entries repeated an earlier post
 * @param bad        entries that are not valid URLs, with their line (or JSON entry) number and the reason
 */
public record UrlList(List<String> urls, int duplicates, List<BadEntry> bad) {

    /** Longest bad value echoed back; the rest is cut so a binary file cannot flood the log. */
    static final int MAX_ECHO = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    public UrlList {
        urls = List.copyOf(urls);
        bad = List.copyOf(bad);
    }

    /** @param line 1-based line number (entry number in a JSON array) */
    public record BadEntry(int line, String value, String reason) {
    }

    public static UrlList parse(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        Collector collector = new Collector();
        if (name.endsWith(".json")) {
            parseJson(content, collector);
        } else {
            boolean csv = name.endsWith(".csv");
            String[] lines = content.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1).strip();
                }
                if (csv) {
                    line = firstCsvCell(line);
                    if (i == 0 && line.equalsIgnoreCase("url")) {
                        continue;
                    }
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                collector.add(i + 1, line);
            }
        }
        return new UrlList(collector.urls, collector.duplicates, collector.bad);
    }

    private static void parseJson(String content, Collector collector) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT,
                    "the file is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT,
                    "a .json URL list must be an array of URLs or of {\"url\": …} objects");
        }
        for (int i = 0; i < root.size(); i++) {
            JsonNode entry = root.get(i);
            JsonNode url = entry.isObject() ? entry.get("url") : entry;
            if (url == null || !url.isTextual()) {
                collector.bad.add(new BadEntry(i + 1, echo(entry.toString()), "entry is not a URL string or {\"url\": …}"));
            } else {
                collector.add(i + 1, url.asText().strip());
            }
        }
    }

    /** The first cell of a CSV line, unquoted (a quoted URL may contain commas). */
    private static String firstCsvCell(String line) {
        if (line.startsWith("\"")) {
            int end = line.indexOf('"', 1);
            return end < 0 ? line.substring(1) : line.substring(1, end).strip();
        }
        int comma = line.indexOf(',');
        return (comma < 0 ? line : line.substring(0, comma)).strip();
    }

    private static String echo(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }

    private static final class Collector {
        final List<String> urls = new ArrayList<>();
        final List<BadEntry> bad = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        int duplicates;

        void add(int line, String value) {
            try {
                PostUrl url = PostUrl.parse(value);
                if (seen.add(url.postId())) {
                    urls.add(url.original());
                } else {
                    duplicates++;
                }
            } catch (PermanentFailure invalid) {
                bad.add(new BadEntry(line, echo(value), invalid.detail()));
            }
        }
    }
}
