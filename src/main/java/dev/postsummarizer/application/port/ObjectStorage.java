package dev.postsummarizer.application.port;

/** Reads objects that users drop into the bucket (lists of URLs). */
public interface ObjectStorage {

    /**
     * Reads a whole object, refusing one larger than {@code maxBytes} before reading its body.
     *
     * @throws dev.postsummarizer.domain.PermanentFailure TOO_LARGE over the cap, NOT_FOUND when it is gone
     * @throws dev.postsummarizer.domain.RetryableFailure when the storage is unavailable
     */
    byte[] read(String bucket, String key, long maxBytes);
}
