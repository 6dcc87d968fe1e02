package dev.postsummarizer.adapter.out.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The readability-style path for articles: drop unlikely candidates, score, take the best candidate with
 * the siblings that belong to it, clean what is left conditionally, and turn it into paragraphs.
 */
final class ArticleReader {

    static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
                    + "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
                    + "sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote");
    static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|post");

    /** An "unlikely" element holding more than this share of the page's text is kept: it is the page. */
    static final double MAX_UNLIKELY_SHARE = 0.4;

    /** An ancestor replaces the candidate when it has this much more paragraph text (share and characters). */
    static final double WIDEN_SHARE = 1.3;
    static final int WIDEN_MIN_CHARS = 300;
    static final double WIDEN_MAX_LINK_DENSITY = 0.25;

    /** Siblings join the top candidate when they score at least this share of it. */
    static final double SIBLING_SHARE = 0.2;
    static final int MIN_SIBLING_SCORE = 10;

    private ArticleReader() {
    }

    static List<String> read(Document document) {
        Element body = document.body();
        if (body == null) {
            return List.of();
        }
        removeUnlikely(body);
        ContentScorer scorer = new ContentScorer();
        Element top = scorer.bestCandidate(body);
        if (top == null) {
            return TextBlocks.paragraphs(body);
        }
        List<Element> content = withSiblings(widen(top, scorer), scorer);
        List<String> paragraphs = new ArrayList<>();
        for (Element element : content) {
            ContentCleaner.clean(element, scorer);
            for (String paragraph : TextBlocks.paragraphs(element)) {
                if (!ChromeFilter.isChromeText(paragraph)) {
                    paragraphs.add(paragraph);
                }
            }
        }
        return paragraphs;
    }

    /** Removes elements whose class/id says they are not content (but not if they also say they might be). */
    private static void removeUnlikely(Element body) {
        Map<Element, SubtreeStats.Stats> stats = SubtreeStats.of(body);
        int bodyChars = Math.max(1, stats.get(body).textChars);
        List<Element> unlikely = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            if ("body".equals(tag) || "a".equals(tag) || "article".equals(tag) || "main".equals(tag)) {
                continue;
            }
            String names = element.className() + " " + element.id();
            boolean pageChrome = "aside".equals(tag) || "footer".equals(tag) || "header".equals(tag);
            if (names.isBlank() && !pageChrome) {
                continue;
            }
            if ((pageChrome || UNLIKELY.matcher(names).find()) && !MAYBE.matcher(names).find()
                    && stats.containsKey(element) && !stats.get(element).hasMainOrArticle
                    && stats.get(element).textChars < bodyChars * MAX_UNLIKELY_SHARE) {
                unlikely.add(element);
            }
        }
        unlikely.forEach(Element::remove);
    }

    /**
     * Page builders split one article into many sibling sections, each scored on its own: while an ancestor
     * holds clearly more paragraph text than the candidate, and is not a link list, the ancestor is the article.
     */
    private static Element widen(Element top, ContentScorer scorer) {
        Element candidate = top;
        for (Element parent = top.parent(); parent != null && !"body".equals(parent.normalName());
                parent = parent.parent()) {
            SubtreeStats.Stats inner = scorer.stats(candidate);
            SubtreeStats.Stats outer = scorer.stats(parent);
            if (outer.paragraphChars > inner.paragraphChars * WIDEN_SHARE + WIDEN_MIN_CHARS
                    && outer.linkDensity() < WIDEN_MAX_LINK_DENSITY) {
                candidate = parent;
            }
        }
        return candidate;
    }

    /** The top candidate plus those of its siblings that read like part of the same text. */
    private static List<Element> withSiblings(Element top, ContentScorer scorer) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(MIN_SIBLING_SCORE, scorer.score(top) * SIBLING_SHARE);
        List<Element> content = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || scorer.score(sibling) >= threshold || isLooseParagraph(sibling, scorer)) {
                content.add(sibling);
            }
        }
        return content;
    }

    private static boolean isLooseParagraph(Element element, ContentScorer scorer) {
        if (!"p".equals(element.normalName())) {
            return false;
        }
        String text = element.text();
        double links = scorer.linkDensity(element);
        return (text.length() > 80 && links < 0.25)
                || (text.length() > 0 && links == 0 && text.matches("(?s).*\\.( |$).*"));
    }
}
