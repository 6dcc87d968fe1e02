package dev.postsummarizer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.application.port.ObjectStorage;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Importing a URL file: what is enqueued and what is reported. */
class ImportUrlListTest {

    private final FakeFlow.RecordingQueue queue = new FakeFlow.RecordingQueue();
    private final Map<String, byte[]> objects = new java.util.HashMap<>();
    private final ObjectStorage storage = (bucket, key, maxBytes) -> {
        byte[] body = objects.get(bucket + "/" + key);
        if (body == null) {
            throw new PermanentFailure(FailureKind.NOT_FOUND, key + " does not exist");
        }
        if (body.length > maxBytes) {
            throw new PermanentFailure(FailureKind.TOO_LARGE, key + " is too large");
        }
        return body;
    };
    private final ImportUrlList importer = new ImportUrlList(storage, queue, 1000);

    @Test
    void enqueuesTheGoodUrlsAndReportsTheBadOnes() {
        objects.put("inbox/urls/list 1.txt",
                "https://example.org/a\nhttps://example.org/a\nnope\nhttps://example.org/b\n".getBytes(StandardCharsets.UTF_8));

        ImportUrlList.ImportReport report = importer.importObject("inbox", "urls/list 1.txt");

        assertEquals(List.of("https://example.org/a", "https://example.org/b"), queue.sent);
        assertEquals(2, report.enqueued());
        assertEquals(1, report.duplicates());
        assertEquals(3, report.bad().get(0).line());
    }

    @Test
    void aFileOverTheCapIsRefusedAndNothingIsEnqueued() {
        objects.put("inbox/big.txt", ("https://example.org/a\n" + "#".repeat(1000)).getBytes(StandardCharsets.UTF_8));

        PermanentFailure failure = assertThrows(PermanentFailure.class, () -> importer.importObject("inbox", "big.txt"));

        assertEquals(FailureKind.TOO_LARGE, failure.kind());
        assertTrue(queue.sent.isEmpty());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        objects.put("inbox/bin.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});

        PermanentFailure failure = assertThrows(PermanentFailure.class, () -> importer.importObject("inbox", "bin.txt"));

        assertEquals(FailureKind.INVALID_INPUT, failure.kind());
    }
}
