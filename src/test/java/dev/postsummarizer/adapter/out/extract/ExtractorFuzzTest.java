package dev.postsummarizer.adapter.out.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ProcessingFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Feeds generated and mutated HTML, derived from the evaluation pages in {@code ../shared/eval}, through the
 * extractor with a fixed seed: it may refuse a document with a {@link ProcessingFailure}, but nothing else may
 * escape, and no document may take longer than a generous bound. {@code -Dfuzz.documents=N} runs a larger
 * campaign, {@code -Dfuzz.seed=S} another one.
 */
class ExtractorFuzzTest {

    static final int DEFAULT_DOCUMENTS = 10_000;
    /** Far above any real page's cost (tens of ms): a document over this is a hang, not a slow page. */
    static final long MAX_MILLIS_PER_DOCUMENT = 5_000;
    static final int SEED_PAGES = 60;

    private final JsoupContentExtractor extractor = new JsoupContentExtractor();

    @Test
    void survivesMutatedAndGeneratedPages() throws IOException {
        int documents = Integer.getInteger("fuzz.documents", DEFAULT_DOCUMENTS);
        long seed = Long.getLong("fuzz.seed", 20261128L);
        HtmlMutator mutator = new HtmlMutator(new Random(seed), seedPages());
        int refused = 0;
        int forums = 0;
        for (int i = 0; i < documents; i++) {
            String html = mutator.next();
            long start = System.nanoTime();
            try {
                ExtractedPost post = extractor.extract(html, "https://fuzz.example/t/" + i);
                checkInvariants(post);
                forums += post.isForumThread() ? 1 : 0;
            } catch (ProcessingFailure expected) {
                refused++;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                fail("document " + i + " (seed " + seed + ", " + html.length() + " chars) threw " + e, e);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > MAX_MILLIS_PER_DOCUMENT) {
                fail("document " + i + " (seed " + seed + ", " + html.length() + " chars) took " + millis + " ms");
            }
        }
        // The campaign must exercise both paths, or it is not testing what it claims.
        assertTrue(forums > 0, "no generated document was read as a forum thread");
        assertTrue(refused < documents / 2, "most documents were refused: " + refused);
    }

    private static void checkInvariants(ExtractedPost post) {
        assertNotNull(post.text());
        for (String paragraph : post.paragraphs()) {
            assertFalse(paragraph.isBlank(), "blank paragraph");
        }
        if (post.isForumThread()) {
            assertTrue(post.posts().get(0).opening(), "first post is not marked as the opening post");
        }
    }

    /**
     * A fixed sample of the evaluation pages (every k-th file of every set, in sorted order). Where the
     * evaluation data is not next to the checkout, the project's own test page seeds the campaign instead
     * (fewer shapes, same invariants), and the run says so.
     */
    private static List<String> seedPages() throws IOException {
        Path eval = Path.of(System.getProperty("eval.dir", "../shared/eval")).toAbsolutePath().normalize();
        Path extraction = eval.resolve("extraction");
        if (!Files.isDirectory(extraction)) {
            System.err.println("ExtractorFuzzTest: no evaluation pages at " + extraction
                    + "; seeding from src/test/resources/pages only (pass -Deval.dir=<shared/eval> for the full campaign)");
            try (InputStream in = ExtractorFuzzTest.class.getResourceAsStream("/pages/invision-thread.html")) {
                assertNotNull(in, "test page pages/invision-thread.html missing");
                return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(extraction)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        if (files.isEmpty()) {
            fail("no *.html.gz pages under " + extraction);
        }
        int step = Math.max(1, files.size() / SEED_PAGES);
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < files.size(); i += step) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(files.get(i)))) {
                pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return pages;
    }
}
