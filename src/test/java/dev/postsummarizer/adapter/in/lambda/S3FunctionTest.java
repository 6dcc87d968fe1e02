package dev.postsummarizer.adapter.in.lambda;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postsummarizer.testing.ElasticMq;
import dev.postsummarizer.testing.ElasticMqResource;
import dev.postsummarizer.testing.Events;
import dev.postsummarizer.testing.S3ProxyResource;
import dev.postsummarizer.testing.S3ProxyServer;
import dev.postsummarizer.testing.DynoxideResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The {@code s3} function through the mock Lambda event server with S3 notifications: S3Proxy holds the
 * files, ElasticMQ receives the URLs.
 */
@QuarkusTest
@TestProfile(S3FunctionTest.Profile.class)
@WithTestResource(DynoxideResource.class)
@WithTestResource(ElasticMqResource.class)
@WithTestResource(S3ProxyResource.class)
class S3FunctionTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "s3", "url-lists.max-bytes", "20000");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private S3Client s3;
    private ElasticMq sqs;

    @BeforeEach
    void setUp() {
        s3 = S3ProxyServer.client(S3ProxyResource.endpoint());
        sqs = ElasticMqResource.server();
        sqs.drain(sqs.queueUrl());
    }

    @AfterEach
    void tearDown() {
        s3.close();
    }

    @Test
    void aTextFileOfFiftyLinesEnqueuesEachDistinctValidUrlOnce() throws Exception {
        List<String> lines = new ArrayList<>(List.of("# reading list for 28 November", ""));
        Set<String> expected = new HashSet<>();
        for (int i = 1; i <= 40; i++) {
            lines.add("https://news.example.org/story/" + i);
            expected.add("https://news.example.org/story/" + i);
        }
        lines.add("https://NEWS.example.org/story/3#comments");      // same post as line 5
        lines.add("https://news.example.org/story/7?utm_source=rss"); // same post as line 9
        lines.add("https://news.example.org/story/1");               // exact repeat
        lines.add("ftp://files.example.org/list.txt");               // line 46
        lines.add("not a url");                                     // line 47
        lines.add("javascript:alert(1)");                           // line 48
        lines.add("   ");
        lines.add("https://forum.example.org/t/41");
        expected.add("https://forum.example.org/t/41");
        assertEquals(50, lines.size());
        put("url-lists/reading list 28.txt", String.join("\n", lines));

        JsonNode file = invoke(Events.s3(S3ProxyServer.BUCKET, "url-lists/reading+list+28.txt", 2000)).get("files").get(0);

        assertEquals("url-lists/reading list 28.txt", file.get("key").asText());
        assertEquals(41, file.get("enqueued").asInt());
        assertEquals(3, file.get("duplicates").asInt());
        assertEquals(List.of(46, 47, 48), file.get("bad").findValues("line").stream().map(JsonNode::asInt).toList());
        assertTrue(file.get("error").isNull());
        List<String> bodies = sqs.drain(sqs.queueUrl()).stream().map(Message::body).toList();
        assertEquals(41, bodies.size());
        Set<String> queued = new HashSet<>();
        for (String body : bodies) {
            queued.add(JSON.readTree(body).get("url").asText());
        }
        assertEquals(expected, queued);
    }

    @Test
    void aJsonFileOfUrlsAndObjects() throws Exception {
        put("url-lists/batch.json", "[\"https://example.org/a\", {\"url\": \"https://example.org/b\"}, 7]");

        JsonNode file = invoke(Events.s3(S3ProxyServer.BUCKET, "url-lists/batch.json", 60)).get("files").get(0);

        assertEquals(2, file.get("enqueued").asInt());
        assertEquals(3, file.get("bad").get(0).get("line").asInt());
        assertEquals(2, sqs.drain(sqs.queueUrl()).size());
    }

    @Test
    void aFileOverTheCapIsRefusedWholeAndNothingIsQueued() throws Exception {
        put("url-lists/huge.txt", "https://example.org/a\n".repeat(1000));

        JsonNode file = invoke(Events.s3(S3ProxyServer.BUCKET, "url-lists/huge.txt", 22000)).get("files").get(0);

        assertEquals(0, file.get("enqueued").asInt());
        assertTrue(file.get("error").asText().contains("TOO_LARGE"), file.toString());
        assertTrue(sqs.drain(sqs.queueUrl()).isEmpty());
    }

    private void put(String key, String content) {
        s3.putObject(b -> b.bucket(S3ProxyServer.BUCKET).key(key),
                RequestBody.fromBytes(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode invoke(String event) throws Exception {
        return JSON.readTree(given().contentType(ContentType.JSON).body(event)
                .when().post().then().statusCode(200).extract().asString());
    }
}
