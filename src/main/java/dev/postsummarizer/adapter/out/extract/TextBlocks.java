package dev.postsummarizer.adapter.out.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a DOM subtree into paragraphs of plain text: block elements end a paragraph, {@code <br>} ends a
 * line, whitespace is collapsed. Walks iteratively (jsoup's traversor), so deep nesting cannot overflow
 * the stack.
 */
final class TextBlocks {

    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "ul", "caption", "center", "body", "html");

    /** Elements whose text is never reader text. */
    static final Set<String> SKIPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
            "canvas", "video", "audio", "button", "select", "input", "textarea", "option", "head", "title",
            "meta", "link");

    private TextBlocks() {
    }

    static List<String> paragraphs(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    /** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Collector implements NodeFilter {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED_TAGS.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ("br".equals(tag)) {
                    current.append('\n');
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                } else if ("td".equals(tag) || "th".equals(tag)) {
                    current.append(' ');
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            if (current.isEmpty()) {
                return;
            }
            // A <br> inside a block splits it into separate lines; each line that has text is kept.
            for (String line : current.toString().split("\n")) {
                String text = normalize(line);
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
            current.setLength(0);
        }
    }
}
