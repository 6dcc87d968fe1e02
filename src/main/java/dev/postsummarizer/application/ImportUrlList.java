package dev.postsummarizer.application;

import dev.postsummarizer.application.port.ObjectStorage;
import dev.postsummarizer.application.port.SummaryQueue;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a file of URLs from object storage and enqueues every valid, distinct URL in it. Bad entries are
 * reported (line and reason) without holding back the good ones; a file over the size cap is refused whole.
 */
public final class ImportUrlList {

    private static final System.Logger LOG = System.getLogger(ImportUrlList.class.getName());

    private final ObjectStorage storage;
    private final SummaryQueue queue;
    private final long maxBytes;

    public ImportUrlList(ObjectStorage storage, SummaryQueue queue, long maxBytes) {
        this.storage = storage;
        this.queue = queue;
        this.maxBytes = maxBytes;
    }

    /** What one file gave: how many URLs were enqueued, how many repeated, and the bad entries. */
    public record ImportReport(String bucket, String key, int enqueued, int duplicates, List<UrlList.BadEntry> bad) {
    }

    public ImportReport importObject(String bucket, String key) {
        String content = decode(storage.read(bucket, key, maxBytes), key);
        UrlList list = UrlList.parse(key, content);
        if (!list.urls().isEmpty()) {
            queue.enqueue(list.urls());
        }
        for (UrlList.BadEntry entry : list.bad()) {
            LOG.log(System.Logger.Level.WARNING, "s3://{0}/{1} line {2}: {3} ({4})", bucket, key, entry.line(),
                    entry.reason(), entry.value());
        }
        LOG.log(System.Logger.Level.INFO, "s3://{0}/{1}: {2} URLs enqueued, {3} duplicates, {4} bad entries",
                bucket, key, list.urls().size(), list.duplicates(), list.bad().size());
        return new ImportReport(bucket, key, list.urls().size(), list.duplicates(), list.bad());
    }

    private static String decode(byte[] bytes, String key) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PermanentFailure(FailureKind.INVALID_INPUT,
                    key + " is not UTF-8 text");
        }
    }
}
