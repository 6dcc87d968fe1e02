package dev.postsummarizer.adapter.out.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import dev.postsummarizer.testing.S3ProxyServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 adapter against S3Proxy: reads objects, refuses big ones, names missing ones. */
class S3ObjectStorageTest {

    private static S3ProxyServer server;
    private static S3Client s3;

    @BeforeAll
    static void start() {
        server = S3ProxyServer.start();
        s3 = S3ProxyServer.client(server.endpoint());
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    @Test
    void readsAnObjectWhoseKeyHasSpaces() {
        byte[] body = "https://example.org/a\n".getBytes(StandardCharsets.UTF_8);
        s3.putObject(b -> b.bucket(S3ProxyServer.BUCKET).key("url-lists/morning reading.txt"), RequestBody.fromBytes(body));

        assertArrayEquals(body, new S3ObjectStorage(s3).read(S3ProxyServer.BUCKET, "url-lists/morning reading.txt", 100));
    }

    @Test
    void refusesAnObjectOverTheCap() {
        s3.putObject(b -> b.bucket(S3ProxyServer.BUCKET).key("url-lists/big.txt"), RequestBody.fromString("x".repeat(101)));

        PermanentFailure failure = assertThrows(PermanentFailure.class,
                () -> new S3ObjectStorage(s3).read(S3ProxyServer.BUCKET, "url-lists/big.txt", 100));

        assertEquals(FailureKind.TOO_LARGE, failure.kind());
    }

    @Test
    void aMissingObjectIsNotFound() {
        PermanentFailure failure = assertThrows(PermanentFailure.class,
                () -> new S3ObjectStorage(s3).read(S3ProxyServer.BUCKET, "url-lists/gone.txt", 100));

        assertEquals(FailureKind.NOT_FOUND, failure.kind());
    }
}
