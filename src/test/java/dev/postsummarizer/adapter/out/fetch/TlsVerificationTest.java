package dev.postsummarizer.adapter.out.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.PostUrl;
import dev.postsummarizer.domain.ProcessingFailure;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** HTTPS is verified against the JVM's trust store: a self-signed certificate is refused, never trusted. */
class TlsVerificationTest {

    @Test
    void untrustedCertificateIsAPermanentTlsFailure() {
        WireMockServer https = new WireMockServer(wireMockConfig().dynamicHttpsPort().httpDisabled(true)
                .bindAddress("127.0.0.1"));
        https.start();
        try (FetchFixture fixture = new FetchFixture()) {
            https.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/html").withBody("<html><body>x</body></html>")));
            GuardedPageFetcher fetcher = fixture.fetcher(fixture.testSettings().withAllowedPorts(
                    Set.of(80, 443, https.httpsPort())), host -> {
                        throw new java.net.UnknownHostException(host);
                    });

            ProcessingFailure failure = assertThrows(ProcessingFailure.class,
                    () -> fetcher.fetch(PostUrl.parse("https://127.0.0.1:" + https.httpsPort() + "/post")));

            assertEquals(FailureKind.HTTP_ERROR, failure.kind(), failure.getMessage());
            assertFalse(failure.retryable());
            assertTrue(failure.getMessage().contains("TLS"), failure.getMessage());
            assertTrue(https.getAllServeEvents().isEmpty(), "no request is sent over an unverified connection");
        } finally {
            https.stop();
        }
    }
}
