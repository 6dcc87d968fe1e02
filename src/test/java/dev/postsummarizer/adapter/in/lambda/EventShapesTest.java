package dev.postsummarizer.adapter.in.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.adapter.in.lambda.http.HttpApiRequest;
import dev.postsummarizer.adapter.in.lambda.http.HttpApiResponse;
import dev.postsummarizer.adapter.in.lambda.s3.S3Event;
import dev.postsummarizer.adapter.in.lambda.sqs.MessageBody;
import dev.postsummarizer.adapter.in.lambda.sqs.SqsBatchResponse;
import dev.postsummarizer.adapter.in.lambda.sqs.SqsEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our narrow wire records read the trimmed real events under src/test/resources/events and write what AWS expects. */
class EventShapesTest {

    /** Configured as Funqy's mapper is: unknown properties are ignored by the records' own annotations. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void httpApiV2Request() throws IOException {
        HttpApiRequest post = read("http-post-summaries.json", HttpApiRequest.class);

        assertEquals("POST", post.method());
        assertEquals("/summaries", post.path());
        assertEquals("{\"url\": \"https://example.org/posts/bridge\"}", post.textBody());
        assertFalse(post.base64Encoded());
        assertEquals("GET", read("http-get-summary.json", HttpApiRequest.class).method());
    }

    @Test
    void httpApiV2ResponseNamesIsBase64Encoded() throws IOException {
        JsonNode written = JSON.valueToTree(HttpApiResponse.json(202, "{}", Map.of("Location", "/summaries/x")));

        assertEquals(202, written.get("statusCode").asInt());
        assertFalse(written.get("isBase64Encoded").asBoolean());
        assertEquals("/summaries/x", written.get("headers").get("Location").asText());
    }

    @Test
    void sqsBatchAndBodies() throws IOException {
        SqsEvent event = read("sqs-batch.json", SqsEvent.class);

        assertEquals(2, event.records().size());
        assertEquals("059f36b4-87a3-44ab-83d2-661975830a7d", event.records().get(0).messageId());
        assertEquals("https://example.org/posts/bridge", MessageBody.url(event.records().get(0).body()));
        assertEquals("https://example.org/posts/ferry", MessageBody.url(event.records().get(1).body()));
        assertNull(MessageBody.url("{\"link\": \"https://example.org\"}"));
        assertNull(MessageBody.url("{broken"));
    }

    @Test
    void sqsPartialBatchResponse() {
        JsonNode written = JSON.valueToTree(SqsBatchResponse.retry(List.of("m1")));

        assertEquals("m1", written.get("batchItemFailures").get(0).get("itemIdentifier").asText());
    }

    @Test
    void s3NotificationKeyIsUrlDecoded() throws IOException {
        S3Event.Record record = read("s3-object-created.json", S3Event.class).records().get(0);

        assertEquals("post-summarizer-test-url-lists", record.bucket());
        assertEquals("url-lists/morning reading+1.txt", record.key());
        assertEquals("ObjectCreated:Put", record.eventName());
    }

    private static <T> T read(String event, Class<T> type) throws IOException {
        try (InputStream in = EventShapesTest.class.getResourceAsStream("/events/" + event)) {
            return JSON.readValue(in, type);
        }
    }
}
