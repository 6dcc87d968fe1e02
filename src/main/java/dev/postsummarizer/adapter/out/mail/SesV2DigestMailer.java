package dev.postsummarizer.adapter.out.mail;

import dev.postsummarizer.application.port.DigestMailer;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.digest.RenderedDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * {@link DigestMailer} on SES v2 {@code SendEmail} with simple content: SES builds the multipart/alternative
 * message from the HTML and text parts. Throttling, 5xx and connection problems are retryable; a rejected
 * message (unverified sender, suspended account, bad address) is permanent.
 */
public final class SesV2DigestMailer implements DigestMailer {

    /** Who the digest is from and for. */
    public record Addresses(String from, List<String> to, List<String> replyTo) {

        public Addresses {
            to = to == null ? List.of() : List.copyOf(to);
            replyTo = replyTo == null ? List.of() : List.copyOf(replyTo);
        }
    }

    private final SesV2Client ses;
    private final Addresses addresses;

    public SesV2DigestMailer(SesV2Client ses, Addresses addresses) {
        this.ses = ses;
        this.addresses = addresses;
    }

    @Override
    public String send(RenderedDigest message) {
        if (addresses.from() == null || addresses.from().isBlank() || addresses.to().isEmpty()) {
            throw ProcessingFailure.of(FailureKind.INVALID_INPUT,
                    "the digest needs a sender and recipients: set digest.from and digest.to");
        }
        try {
            return ses.sendEmail(b -> b
                    .fromEmailAddress(addresses.from())
                    .destination(d -> d.toAddresses(addresses.to()))
                    .replyToAddresses(addresses.replyTo())
                    .content(c -> c.simple(m -> m
                            .subject(utf8(message.subject()))
                            .body(body -> body.html(utf8(message.html())).text(utf8(message.text()))))))
                    .messageId();
        } catch (TooManyRequestsException | LimitExceededException e) {
            throw ProcessingFailure.of(FailureKind.RATE_LIMITED, "SES is throttling: " + e.getMessage(), e);
        } catch (SesV2Exception e) {
            FailureKind kind = e.statusCode() >= 500 || e.isThrottlingException()
                    ? FailureKind.UPSTREAM_UNAVAILABLE
                    : FailureKind.HTTP_ERROR;
            throw ProcessingFailure.of(kind, "SES refused the digest: " + e.getMessage(), e);
        } catch (SdkClientException e) {
            throw ProcessingFailure.of(FailureKind.UPSTREAM_UNAVAILABLE, "SES unreachable: " + e.getMessage(), e);
        }
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset(StandardCharsets.UTF_8.name()).build();
    }
}
