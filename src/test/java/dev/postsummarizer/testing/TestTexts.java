package dev.postsummarizer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures under src/test/resources/texts. */
public final class TestTexts {

    private TestTexts() {
    }

    /** The Irrawaddy story of shared/examples (the article's seven paragraphs, blank-line separated). */
    public static String irrawaddyStory() {
        return read("texts/irrawaddy-story.txt").strip();
    }

    public static String read(String resource) {
        try (InputStream in = TestTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
