package dev.postsummarizer.adapter.out.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, canonical URL, author, site name, publication time and language. Sources in order of
 * trust: JSON-LD, then OpenGraph / article meta, then plain HTML ({@code <title>}, {@code <h1>},
 * {@code <time>}, {@code lang}).
 */
final class MetadataReader {

    static final List<String> POST_TYPES = List.of("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
            "Article", "BlogPosting", "DiscussionForumPosting", "SocialMediaPosting", "TechArticle",
            "ScholarlyArticle", "Report", "QAPage", "Question", "WebPage");

    /** Separators between a page title and the site name in {@code <title>}: "Story - Site", "Story | Site". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·»:]\\s+");

    /** Longer "headings" are styled paragraphs, not titles. */
    static final int MAX_HEADING_CHARS = 250;

    private MetadataReader() {
    }

    static PageMetadata read(Document document, JsonLd jsonLd, String url) {
        Optional<JsonNode> post = jsonLd.first(POST_TYPES);
        String declared = firstNonBlank(
                post.map(p -> JsonLd.text(p, "headline")).orElse(null),
                meta(document, "og:title"), meta(document, "twitter:title"),
                titleFromDocument(document));
        String title = firstNonBlank(headingTitle(document, declared), declared);
        String canonical = firstNonBlank(absolute(document.selectFirst("link[rel=canonical]"), "href"),
                meta(document, "og:url"), url);
        String author = firstNonBlank(
                post.map(p -> JsonLd.text(p, "author")).orElse(null),
                meta(document, "author"), meta(document, "article:author"), meta(document, "parsely-author"),
                text(document.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline .author")));
        if (author != null && author.startsWith("http")) {
            author = null; // article:author is often a profile URL, not a name
        }
        String siteName = firstNonBlank(meta(document, "og:site_name"),
                jsonLd.first(List.of("WebSite")).map(s -> JsonLd.text(s, "name")).orElse(null),
                post.map(p -> JsonLd.text(p, "publisher")).orElse(null),
                meta(document, "application-name"));
        String published = firstNonBlank(
                post.map(p -> JsonLd.text(p, "datePublished")).orElse(null),
                post.map(p -> JsonLd.text(p, "dateCreated")).orElse(null),
                meta(document, "article:published_time"), meta(document, "og:published_time"),
                meta(document, "date"), meta(document, "dc.date"), meta(document, "pubdate"),
                attr(document.selectFirst("time[datetime]"), "datetime"));
        String language = firstNonBlank(attr(document.selectFirst("html[lang]"), "lang"),
                meta(document, "content-language"), localeLanguage(meta(document, "og:locale")),
                post.map(p -> JsonLd.text(p, "inLanguage")).orElse(null));
        return new PageMetadata(clip(title), canonical, clip(author), clip(siteName), published,
                language == null ? null : language.trim());
    }

    /** {@code <title>} without a trailing " - Site name" part, else the page's first {@code <h1>}. */
    private static String titleFromDocument(Document document) {
        String title = TextBlocks.normalize(document.title());
        Element h1 = document.selectFirst("h1");
        String heading = h1 == null ? null : TextBlocks.normalize(h1.text());
        if (heading != null && !heading.isEmpty() && title.contains(heading)) {
            return heading;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1 && parts[0].split("\\s+").length >= 3) {
            return parts[0];
        }
        return title.isEmpty() ? heading : title;
    }

    /**
     * The page's visible headline: the first {@code <h1>} that the declared titles contain (they often add the
     * site name or a teaser), else the first {@code <h1>} at all. Declared titles are written for search
     * engines and social cards; the {@code <h1>} is what the reader sees above the post.
     */
    private static String headingTitle(Document document, String declared) {
        String declaredWords = words(declared) + " " + words(TextBlocks.normalize(document.title()));
        String first = null;
        for (Element h1 : document.select("body h1")) {
            String text = TextBlocks.normalize(h1.text());
            if (text.isEmpty() || text.length() > MAX_HEADING_CHARS) {
                continue;
            }
            if (first == null) {
                first = text;
            }
            String headingWords = words(text);
            if (!headingWords.isEmpty() && declaredWords.contains(headingWords)) {
                return text;
            }
        }
        return first;
    }

    private static String words(String text) {
        return text == null ? "" : String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).trim();
    }

    static String meta(Document document, String name) {
        for (Element meta : document.select("meta[property], meta[name], meta[http-equiv], meta[itemprop]")) {
            String key = meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name")
                    : meta.hasAttr("http-equiv") ? meta.attr("http-equiv") : meta.attr("itemprop");
            if (key.equalsIgnoreCase(name)) {
                String content = TextBlocks.normalize(meta.attr("content"));
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String localeLanguage(String locale) {
        return locale == null ? null : locale.replace('_', '-');
    }

    private static String absolute(Element element, String attribute) {
        if (element == null) {
            return null;
        }
        String value = element.absUrl(attribute);
        return value.isEmpty() ? null : value;
    }

    private static String attr(Element element, String attribute) {
        return element == null ? null : element.attr(attribute);
    }

    private static String text(Element element) {
        return element == null ? null : TextBlocks.normalize(element.text());
    }

    private static String clip(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500);
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
