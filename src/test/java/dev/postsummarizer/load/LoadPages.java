package dev.postsummarizer.load;

import dev.postsummarizer.testing.TestTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The pages the load test serves, one per URL and all different (distinct text, so every post is really
 * extracted and summarized). Real pages from {@code ../shared/eval/extraction} (read at run time, never copied
 * into the project), spread evenly over its sets; without that directory, the project's forum thread page
 * made distinct by one added paragraph per URL.
 */
final class LoadPages {

    private static final String TEST_PAGE = "pages/invision-thread.html";
    /** The opening post's first paragraph of the test page; the per-URL note goes right before it. */
    private static final String OPENING_PARAGRAPH = "<p>Myanmar’s military leader";

    private final List<byte[]> pages;
    private final String description;

    private LoadPages(List<byte[]> pages, String description) {
        this.pages = pages;
        this.description = description;
    }

    static LoadPages load(int count) {
        Path extraction = Path.of(System.getProperty("eval.dir", "../shared/eval")).toAbsolutePath().normalize()
                .resolve("extraction");
        List<Path> files = Files.isDirectory(extraction) ? evalFiles(extraction) : List.of();
        if (files.size() < count) {
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                pages.add(testPageVariant(i).getBytes(StandardCharsets.UTF_8));
            }
            return new LoadPages(pages, count + " variants of " + TEST_PAGE + " (one added paragraph each; "
                    + extraction + " has " + files.size() + " pages, fewer than needed)");
        }
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(gunzip(files.get((int) ((long) i * files.size() / count))));
        }
        return new LoadPages(pages, count + " of the " + files.size() + " pages under " + extraction
                + " (every set, evenly spaced)");
    }

    byte[] page(int index) {
        return pages.get(index);
    }

    String description() {
        return description;
    }

    /** A sentence that appears in the text of test page variant {@code index} only. */
    static String marker(int index) {
        return String.format("Load test post %04d carries this note so that its text is its own.", index);
    }

    /** The forum thread test page with {@link #marker(int)} added to its opening post. */
    static String testPageVariant(int index) {
        String page = TestTexts.read(TEST_PAGE);
        if (!page.contains(OPENING_PARAGRAPH)) {
            throw new IllegalStateException(TEST_PAGE + " no longer has its opening paragraph");
        }
        return page.replaceFirst(OPENING_PARAGRAPH, "<p>" + marker(index) + "</p>\n" + OPENING_PARAGRAPH);
    }

    private static List<Path> evalFiles(Path extraction) {
        try (Stream<Path> walk = Files.walk(extraction)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
