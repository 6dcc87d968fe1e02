package dev.postsummarizer.testing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** dynoxide (DynamoDB-compatible, SQLite in memory) started for a test run. */
public final class Dynoxide {

    private Dynoxide() {
    }

    public static LocalServerProcess start() {
        int port = LocalServerProcess.freePort();
        String binary = LocalServerProcess.localServersDir()
                .resolve("node_modules/@dynoxide/linux-x64/dynoxide").toAbsolutePath().toString();
        return LocalServerProcess.start("dynoxide", port,
                List.of(binary, "serve", "--host", "127.0.0.1", "--port", Integer.toString(port)), Map.of());
    }

    /** A plain SDK client for tests that read the table behind our code's back. */
    public static DynamoDbClient client(String endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
