package dev.postsummarizer.config;

import dev.postsummarizer.adapter.out.mail.SesV2DigestMailer;
import dev.postsummarizer.application.DailyDigest;
import dev.postsummarizer.application.DigestSettings;
import dev.postsummarizer.application.port.DigestLog;
import dev.postsummarizer.application.port.DigestMailer;
import dev.postsummarizer.application.port.DigestRenderer;
import dev.postsummarizer.application.port.SummaryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/**
 * Wires the daily digest. The SES v2 client is produced here because the Quarkus SES extension only offers
 * the v1 API; it uses the same URL-connection HTTP client as the other AWS clients.
 */
@ApplicationScoped
public class DigestServices {

    @Produces
    @ApplicationScoped
    DailyDigest dailyDigest(SummaryStore store, DigestRenderer renderer, DigestMailer mailer, DigestLog log,
            DigestConfig config, Clock clock) {
        DigestSettings settings = new DigestSettings(config.subject(), config.sendEmpty(), config.maxBytes(),
                config.apiBaseUrl().orElse(null), config.lease(), config.maxFailuresShown());
        return new DailyDigest(store, renderer, mailer, log, settings, clock);
    }

    @Produces
    @ApplicationScoped
    DigestMailer digestMailer(SesV2Client ses, DigestConfig config) {
        return new SesV2DigestMailer(ses, new SesV2DigestMailer.Addresses(config.from().orElse(null),
                config.to().orElse(List.of()), config.replyTo().orElse(List.of())));
    }

    @Produces
    @ApplicationScoped
    SesV2Client sesV2Client(DigestConfig config) {
        SesV2ClientBuilder builder = SesV2Client.builder().httpClient(UrlConnectionHttpClient.create());
        config.ses().endpointOverride().ifPresent(builder::endpointOverride);
        config.ses().region().map(Region::of).ifPresent(builder::region);
        if (config.ses().localCredentials()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        return builder.build();
    }

    void closeSesV2Client(@Disposes SesV2Client ses) {
        ses.close();
    }
}
