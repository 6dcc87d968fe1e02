package dev.postsummarizer.adapter.out.extract;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Caps the work one page may cost. A page with more elements than any real article or thread page
 * (the largest page in the evaluation sets has well under 30,000) is refused as too large instead of
 * being scored, so a hostile page cannot hold a Lambda for its whole timeout.
 */
final class PageGuard {

    static final int MAX_ELEMENTS = 200_000;

    /** Input beyond this many characters is refused before parsing (the fetcher caps bodies at 5 MiB). */
    static final int MAX_HTML_CHARS = 12 * 1024 * 1024;

    /**
     * Nesting deeper than this is refused before parsing: jsoup's tree builder checks the open-element stack
     * for every start tag, so parsing cost grows with depth × elements (100k levels take seconds). Real pages
     * nest a few dozen levels, a few hundred at worst.
     */
    static final int MAX_NESTING = 10_000;

    /** Tags that stay open until closed explicitly (p, li, td and friends close themselves, so are not counted). */
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "span", "section", "article", "main", "aside",
            "table", "ul", "ol", "dl", "blockquote", "a", "b", "i", "u", "em", "strong", "font", "center", "form",
            "header", "footer", "nav", "figure", "details", "small", "big", "code", "sub", "sup", "s", "label");

    private PageGuard() {
    }

    static void checkInput(String html) {
        if (html.length() > MAX_HTML_CHARS) {
            throw ProcessingFailure.of(FailureKind.TOO_LARGE,
                    "the page has " + html.length() + " characters; extraction accepts at most " + MAX_HTML_CHARS);
        }
        int depth = nestingDepth(html);
        if (depth > MAX_NESTING) {
            throw ProcessingFailure.of(FailureKind.TOO_LARGE,
                    "the page nests elements more than " + MAX_NESTING + " levels deep; extraction refuses it");
        }
    }

    /** A cheap lexical estimate of the deepest nesting: open minus closed container tags, at its peak. */
    static int nestingDepth(String html) {
        int depth = 0;
        int deepest = 0;
        int at = html.indexOf('<');
        while (at >= 0 && at < html.length() - 1) {
            boolean closing = html.charAt(at + 1) == '/';
            int start = closing ? at + 2 : at + 1;
            int end = start;
            while (end < html.length() && end - start < 12 && Character.isLetterOrDigit(html.charAt(end))) {
                end++;
            }
            if (end > start && CONTAINER_TAGS.contains(html.substring(start, end).toLowerCase(Locale.ROOT))) {
                depth = closing ? Math.max(0, depth - 1) : depth + 1;
                deepest = Math.max(deepest, depth);
                if (deepest > MAX_NESTING) {
                    return deepest;
                }
            }
            at = html.indexOf('<', end);
        }
        return deepest;
    }

    static void checkParsed(Document document) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element && ++count[0] > MAX_ELEMENTS) {
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, document);
        if (count[0] > MAX_ELEMENTS) {
            throw ProcessingFailure.of(FailureKind.TOO_LARGE,
                    "the page has more than " + MAX_ELEMENTS + " elements; extraction refuses pages that large");
        }
    }
}
