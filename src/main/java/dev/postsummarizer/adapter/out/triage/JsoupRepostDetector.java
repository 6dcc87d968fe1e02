package dev.postsummarizer.adapter.out.triage;

import dev.postsummarizer.application.port.RepostDetector;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import dev.postsummarizer.domain.RepostSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the original outlet of a reposted story, in the three shapes reposts take:
 * <ol>
 * <li>a credit line first ("The Irrawaddy"), confirmed by a credit date last ("-2025-05-07") or by a link
 * whose text is the name;</li>
 * <li>a "Source: …" (or "Via …", "Originally published in …", "— Reuters") line first or last;</li>
 * <li>a quoted block that holds most of the opening post, credited by its {@code cite} or a line before it.</li>
 * </ol>
 * Only the opening post is looked at: a reply that quotes a source is discussion, not a repost.
 */
@ApplicationScoped
public class JsoupRepostDetector implements RepostDetector {

    /** A quoted block must hold this share of the opening post's words to be "the story". */
    static final double QUOTED_SHARE = 0.6;
    /** ...and at least this many words. */
    static final int QUOTED_MIN_WORDS = 40;

    @Override
    public Optional<Repost> detect(String html, ExtractedPost post) {
        List<String> lines = openingLines(post);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        Document page = Jsoup.parse(html == null ? "" : html, post.url() == null ? "" : post.url());
        Optional<Found> found = sourceLine(lines, page)
                .or(() -> creditLine(lines, page))
                .or(() -> quotedBlock(lines, page));
        return found.map(f -> new Repost(f.source(), withoutLines(post, f.creditLines())));
    }

    private Optional<Found> sourceLine(List<String> lines, Document page) {
        for (String line : List.of(lines.get(0), lines.get(lines.size() - 1))) {
            String credited = CreditLines.sourceOf(line);
            String dashed = credited == null ? CreditLines.dashCreditOf(line) : null;
            String text = credited != null ? credited : dashed;
            if (text == null) {
                continue;
            }
            String url = CreditLines.urlIn(text);
            String name = CreditLines.nameWithoutUrl(text);
            if (url == null) {
                url = linkNamed(page, name);
            }
            if (name == null && url != null) {
                name = hostOf(url);
            }
            if (name != null) {
                return Optional.of(new Found(new RepostSource(name, url, trailingDate(lines)),
                        creditsWith(line, lines)));
            }
        }
        return Optional.empty();
    }

    private Optional<Found> creditLine(List<String> lines, Document page) {
        String first = lines.get(0);
        if (!CreditLines.isName(first)) {
            return Optional.empty();
        }
        String url = linkNamed(page, first.strip());
        String date = trailingDate(lines);
        if (date == null && url == null) {
            return Optional.empty();
        }
        return Optional.of(new Found(new RepostSource(first.strip(), url, date), creditsWith(first, lines)));
    }

    private Optional<Found> quotedBlock(List<String> lines, Document page) {
        int postWords = words(String.join(" ", lines));
        for (Element quote : page.select("blockquote")) {
            int quoteWords = words(quote.text());
            if (quoteWords < QUOTED_MIN_WORDS || quoteWords < QUOTED_SHARE * postWords) {
                continue;
            }
            String cite = quote.absUrl("cite");
            Element citeElement = quote.selectFirst("cite, footer");
            String name = citeElement != null ? citeElement.text().replaceAll("^[—–-]\\s*", "").strip() : null;
            Set<String> credits = new HashSet<>();
            if (citeElement != null) {
                credits.add(citeElement.text().strip());
            }
            Element before = quote.previousElementSibling();
            if ((name == null || name.isEmpty()) && before != null && before.text().strip().endsWith(":")) {
                name = before.text().strip().replaceAll("(?i)\\s*(reports|reported|writes|wrote|says)?\\s*:$", "")
                        .replaceAll("(?i)^(from|via|source)\\s+", "");
                credits.add(before.text().strip());
            }
            if ((name == null || name.isEmpty()) && !cite.isEmpty()) {
                name = hostOf(cite);
            }
            if (name != null && !name.isEmpty()) {
                return Optional.of(new Found(new RepostSource(name, cite.isEmpty() ? null : cite, null), credits));
            }
        }
        return Optional.empty();
    }

    /** The credit line plus a trailing date line, if the post ends with one. */
    private static Set<String> creditsWith(String credit, List<String> lines) {
        Set<String> credits = new HashSet<>();
        credits.add(credit.strip());
        String last = lines.get(lines.size() - 1);
        if (CreditLines.isDate(last)) {
            credits.add(last.strip());
        }
        return credits;
    }

    private static String trailingDate(List<String> lines) {
        String last = lines.get(lines.size() - 1);
        return CreditLines.isDate(last) ? CreditLines.dateOf(last) : null;
    }

    private static String linkNamed(Document page, String name) {
        if (name == null) {
            return null;
        }
        for (Element link : page.select("a[href]")) {
            if (link.text().strip().equalsIgnoreCase(name)) {
                String href = link.absUrl("href");
                return href.isEmpty() ? null : href;
            }
        }
        return null;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The opening post's non-empty lines: the forum's first post, or the article's paragraphs. */
    private static List<String> openingLines(ExtractedPost post) {
        String text = post.isForumThread() ? post.posts().get(0).text() : post.text();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static ExtractedPost withoutLines(ExtractedPost post, Set<String> credits) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : post.paragraphs()) {
            String kept = strip(paragraph, credits);
            if (!kept.isBlank()) {
                paragraphs.add(kept);
            }
        }
        List<ForumPost> posts = new ArrayList<>(post.posts());
        if (!posts.isEmpty()) {
            ForumPost opening = posts.get(0);
            posts.set(0, new ForumPost(opening.author(), opening.publishedAt(), strip(opening.text(), credits),
                    opening.opening()));
        }
        return new ExtractedPost(post.url(), post.canonicalUrl(), post.title(), post.author(), post.siteName(),
                post.publishedAt(), post.language(), paragraphs, posts);
    }

    /** The text without the lines that are credits (a credit is only ever a line of its own). */
    private static String strip(String text, Set<String> credits) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (credits.contains(line.strip())) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('\n');
            }
            kept.append(line);
        }
        return kept.toString().strip();
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private record Found(RepostSource source, Set<String> creditLines) {
    }
}
