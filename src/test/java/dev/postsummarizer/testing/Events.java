package dev.postsummarizer.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Builds Lambda events from the trimmed real ones in src/test/resources/events, changing only what a test needs. */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** An HTTP API v2 event: method, path, query parameters and body set; the rest as API Gateway sends it. */
    public static String http(String method, String path, Map<String, String> query, String body) {
        ObjectNode event = read("http-post-summaries.json");
        event.put("routeKey", method + " " + path);
        event.put("rawPath", path);
        event.put("rawQueryString", query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + "&" + b).orElse(""));
        if (query.isEmpty()) {
            event.remove("queryStringParameters");
        } else {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach(parameters::put);
        }
        ObjectNode http = (ObjectNode) event.get("requestContext").get("http");
        http.put("method", method);
        http.put("path", path);
        if (body == null) {
            event.remove("body");
        } else {
            event.put("body", body);
        }
        return event.toString();
    }

    /** An SQS batch: one record per (messageId, body) pair, in order. */
    public static String sqs(List<String[]> idsAndBodies) {
        ObjectNode event = read("sqs-batch.json");
        ArrayNode records = (ArrayNode) event.get("Records");
        ObjectNode template = (ObjectNode) records.get(0);
        records.removeAll();
        for (String[] message : idsAndBodies) {
            records.add(template.deepCopy().put("messageId", message[0]).put("body", message[1]));
        }
        return event.toString();
    }

    /** An SQS batch as the queue hands it out: (messageId, body, ApproximateReceiveCount) triples, in order. */
    public static String sqsReceived(List<String[]> idsBodiesAndReceiveCounts) {
        ObjectNode event = read("sqs-batch.json");
        ArrayNode records = (ArrayNode) event.get("Records");
        ObjectNode template = (ObjectNode) records.get(0);
        records.removeAll();
        for (String[] message : idsBodiesAndReceiveCounts) {
            ObjectNode record = template.deepCopy().put("messageId", message[0]).put("body", message[1]);
            ((ObjectNode) record.get("attributes")).put("ApproximateReceiveCount", message[2]);
            records.add(record);
        }
        return event.toString();
    }

    /** An S3 ObjectCreated notification for one object; {@code encodedKey} as S3 writes it (form-encoded). */
    public static String s3(String bucket, String encodedKey, long size) {
        ObjectNode event = read("s3-object-created.json");
        ObjectNode s3 = (ObjectNode) event.get("Records").get(0).get("s3");
        ((ObjectNode) s3.get("bucket")).put("name", bucket).put("arn", "arn:aws:s3:::" + bucket);
        ((ObjectNode) s3.get("object")).put("key", encodedKey).put("size", size);
        return event.toString();
    }

    private static ObjectNode read(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
