package dev.postsummarizer.adapter.out.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Counts for every element of a subtree, computed in one post-order walk: text length, text inside links,
 * commas, and how many paragraphs, images, list items and headings it holds. Lets the cleaning
 * stages judge every container without re-walking its subtree (which is quadratic on deep nesting).
 */
final class SubtreeStats {

    /** Counts of one element's subtree. */
    static final class Stats {
        int textChars;
        double linkChars;
        int commas;
        int paragraphs;
        int paragraphChars;
        int images;
        int items;
        int headings;
        boolean hasMainOrArticle;

        double linkDensity() {
            return textChars == 0 ? 0 : Math.min(1, linkChars / textChars);
        }

        void add(Stats child) {
            textChars += child.textChars;
            linkChars += child.linkChars;
            commas += child.commas;
            paragraphs += child.paragraphs;
            paragraphChars += child.paragraphChars;
            images += child.images;
            items += child.items;
            headings += child.headings;
            hasMainOrArticle |= child.hasMainOrArticle;
        }
    }

    private SubtreeStats() {
    }

    /** Stats of every element under (and including) the root. */
    static Map<Element, Stats> of(Element root) {
        Map<Element, Stats> all = new IdentityHashMap<>();
        walk(root, (element, stats) -> false, all);
        return all;
    }

    /**
     * Walks the subtree bottom-up; an element for which {@code remove} answers true (given its finished
     * stats) is removed and does not count towards its ancestors.
     */
    static Map<Element, Stats> walk(Element root, BiPredicate<Element, Stats> remove, Map<Element, Stats> all) {
        Deque<Stats> open = new ArrayDeque<>();
        Deque<Double> linkWeights = new ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (TextBlocks.SKIPPED_TAGS.contains(element.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    open.push(new Stats());
                    if ("a".equals(element.normalName())) {
                        // In-page anchors (footnotes, tables of contents) count less than links away from the page.
                        linkWeights.push(element.attr("href").startsWith("#") ? 0.3 : 1.0);
                    }
                } else if (node instanceof TextNode text && !open.isEmpty()) {
                    Stats stats = open.peek();
                    String value = text.text();
                    int chars = value.isBlank() ? 0 : value.trim().length();
                    stats.textChars += chars;
                    stats.commas += ContentScorer.commas(value);
                    if (!linkWeights.isEmpty()) {
                        stats.linkChars += chars * linkWeights.peek();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element element) || open.isEmpty()) {
                    return FilterResult.CONTINUE;
                }
                Stats stats = open.pop();
                String tag = element.normalName();
                if ("a".equals(tag) && !linkWeights.isEmpty()) {
                    linkWeights.pop();
                }
                switch (tag) {
                    case "p" -> {
                        stats.paragraphs++;
                        stats.paragraphChars = stats.textChars;
                    }
                    case "img" -> stats.images++;
                    case "li" -> stats.items++;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> stats.headings++;
                    case "main", "article" -> stats.hasMainOrArticle = true;
                    default -> { }
                }
                if (element != root && remove.test(element, stats)) {
                    return FilterResult.REMOVE;
                }
                all.put(element, stats);
                if (!open.isEmpty()) {
                    open.peek().add(stats);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return all;
    }
}
