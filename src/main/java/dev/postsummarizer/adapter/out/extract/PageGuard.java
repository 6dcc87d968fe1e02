package dev.postsummarizer.adapter.out.extract;

import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
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

    private PageGuard() {
    }

    static void checkInput(String html) {
        if (html.length() > MAX_HTML_CHARS) {
            throw ProcessingFailure.of(FailureKind.TOO_LARGE,
                    "the page has " + html.length() + " characters; extraction accepts at most " + MAX_HTML_CHARS);
        }
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
