package dev.postsummarizer.adapter.out.s3;

import dev.postsummarizer.application.port.ObjectStorage;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PermanentFailure;
import dev.postsummarizer.domain.RetryableFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** {@link ObjectStorage} on S3: checks the announced length before reading, and never reads past the cap. */
@ApplicationScoped
public class S3ObjectStorage implements ObjectStorage {

    private final S3Client s3;

    public S3ObjectStorage(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public byte[] read(String bucket, String key, long maxBytes) {
        String name = "s3://" + bucket + "/" + key;
        try (ResponseInputStream<GetObjectResponse> object = s3.getObject(b -> b.bucket(bucket).key(key))) {
            Long length = object.response().contentLength();
            if (length != null && length > maxBytes) {
                object.abort();
                throw tooLarge(name, maxBytes);
            }
            byte[] body = readAtMost(object, maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(name, maxBytes);
            }
            return body;
        } catch (NoSuchKeyException | NoSuchBucketException missing) {
            throw new PermanentFailure(FailureKind.NOT_FOUND, name + " does not exist", missing);
        } catch (SdkException | IOException e) {
            throw new RetryableFailure(FailureKind.UPSTREAM_UNAVAILABLE, "reading " + name + " failed: " + e.getMessage(), e);
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    private static PermanentFailure tooLarge(String name, long maxBytes) {
        return new PermanentFailure(FailureKind.TOO_LARGE, name + " is larger than " + maxBytes + " bytes");
    }
}
