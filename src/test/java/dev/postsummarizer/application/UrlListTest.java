package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postsummarizer.application.UrlList.BadEntry;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading URL list files: formats, comments, duplicates and bad entries. */
class UrlListTest {

    @Test
    void textListSkipsCommentsAndBlanksAndReportsBadLinesByNumber() {
        String text = """
                # morning reading
                https://example.org/a

                https://example.org/b?utm_source=mail
                ftp://example.org/file
                https://EXAMPLE.org/a#top
                not a url
                   https://example.org/c  \r
                """;

        UrlList list = UrlList.parse("lists/today.txt", text);

        assertEquals(List.of("https://example.org/a", "https://example.org/b?utm_source=mail",
                "https://example.org/c"), list.urls());
        assertEquals(1, list.duplicates());
        assertEquals(List.of(5, 7), list.bad().stream().map(BadEntry::line).toList());
        assertEquals("ftp://example.org/file", list.bad().get(0).value());
        assertEquals("url scheme must be http or https, got 'ftp'", list.bad().get(0).reason());
    }

    @Test
    void csvTakesTheFirstColumnAndSkipsTheHeader() {
        String csv = "url,note\nhttps://example.org/a,first\n\"https://example.org/b?x=1,2\",quoted\nmailto:x@example.org,bad\n";

        UrlList list = UrlList.parse("list.CSV", csv);

        assertEquals(List.of("https://example.org/a", "https://example.org/b?x=1,2"), list.urls());
        assertEquals(List.of(new BadEntry(4, "mailto:x@example.org", "url scheme must be http or https, got 'mailto'")),
                list.bad());
    }

    @Test
    void jsonTakesStringsAndUrlObjectsAndNumbersEntries() {
        String json = "[\"https://example.org/a\", {\"url\": \"https://example.org/b\"}, 42, {\"href\": \"x\"},"
                + " \"https://example.org/a\", \"file:///etc/passwd\"]";

        UrlList list = UrlList.parse("list.json", json);

        assertEquals(List.of("https://example.org/a", "https://example.org/b"), list.urls());
        assertEquals(1, list.duplicates());
        assertEquals(List.of(3, 4, 6), list.bad().stream().map(BadEntry::line).toList());
    }

    @Test
    void jsonThatIsNotAnArrayIsRefusedWhole() {
        PermanentFailure notJson = assertThrows(PermanentFailure.class, () -> UrlList.parse("l.json", "{oops"));
        PermanentFailure notArray = assertThrows(PermanentFailure.class,
                () -> UrlList.parse("l.json", "{\"url\": \"https://example.org\"}"));

        assertEquals(FailureKind.INVALID_INPUT, notJson.kind());
        assertEquals(FailureKind.INVALID_INPUT, notArray.kind());
    }

    @Test
    void aLongBadValueIsCutInTheReport() {
        UrlList list = UrlList.parse("l.txt", "x".repeat(5000));

        assertEquals(UrlList.MAX_ECHO + 1, list.bad().get(0).value().length());
    }
}
