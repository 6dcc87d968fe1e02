package dev.postsummarizer.config;

import java.io.ByteArrayInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client for an AWS SDK client that sends nothing and answers every call with the same 200 response.
 * SnapStart priming drives the real SDK pipeline (marshalling, signing, unmarshalling) through it before the
 * snapshot, without a connection or a real credential.
 */
final class CannedSdkHttpClient implements SdkHttpClient {

    private final String contentType;
    private final byte[] body;

    CannedSdkHttpClient(String contentType, byte[] body) {
        this.contentType = contentType;
        this.body = body.clone();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Type", contentType)
                                .putHeader("Content-Length", Integer.toString(body.length))
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
            }
        };
    }

    @Override
    public String clientName() {
        return "canned";
    }

    @Override
    public void close() {
    }
}
