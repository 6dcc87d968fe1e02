package dev.postsummarizer.adapter.in.lambda.s3;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The fields we read from an S3 event notification. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record S3Event(@JsonProperty("Records") List<Record> records) {

    public S3Event {
        records = records == null ? List.of() : List.copyOf(records);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Record(String eventName, S3 s3) {

        public String bucket() {
            return s3 == null || s3.bucket() == null ? null : s3.bucket().name();
        }

        /** The object key as stored: notifications carry it form-encoded ({@code +} for a space). */
        public String key() {
            return s3 == null || s3.object() == null || s3.object().key() == null
                    ? null : URLDecoder.decode(s3.object().key(), StandardCharsets.UTF_8);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S3(Bucket bucket, S3Object object) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bucket(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S3Object(String key, Long size) {
    }
}
