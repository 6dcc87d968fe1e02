package dev.postsummarizer.adapter.out.mail;

import dev.postsummarizer.application.port.DigestRenderer;
import dev.postsummarizer.domain.digest.Digest;
import dev.postsummarizer.domain.digest.RenderedDigest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@link DigestRenderer} with type-safe Qute templates ({@code templates/digest/html.html} and {@code text.txt}),
 * checked against {@link Digest} at build time. The {@code .html} template escapes every value by default, so
 * text taken from pages (titles, summaries, facts) arrives as text, never as markup.
 */
@ApplicationScoped
public class QuteDigestRenderer implements DigestRenderer {

    @CheckedTemplate(basePath = "digest")
    static class Templates {

        static native TemplateInstance html(Digest digest, String subject);

        static native TemplateInstance text(Digest digest, String subject);
    }

    @Override
    public RenderedDigest render(Digest digest, String subject) {
        return new RenderedDigest(subject,
                Templates.html(digest, subject).render(),
                Templates.text(digest, subject).render());
    }
}
