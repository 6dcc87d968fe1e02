package dev.postsummarizer.adapter.out.extract;

import dev.postsummarizer.adapter.out.extract.SubtreeStats.Stats;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Readability's conditional cleaning of the chosen content: containers (div, section, ul, table, form,
 * aside) that look like link lists, image galleries or negatively named widgets are removed, innermost
 * first (one bottom-up walk), unless they carry prose (many commas).
 */
final class ContentCleaner {

    static final int PROSE_COMMAS = 10;
    static final double MAX_LINK_DENSITY = 0.2;
    static final double MAX_LINK_DENSITY_POSITIVE = 0.5;
    static final int MIN_CONTAINER_CHARS = 25;

    private static final Set<String> JUDGED = Set.of("div", "section", "ul", "ol", "table", "form", "aside",
            "header", "footer", "figure");

    private ContentCleaner() {
    }

    static void clean(Element content, ContentScorer scorer) {
        ChromeFilter.removeNamedChrome(content);
        SubtreeStats.walk(content, (element, stats) -> shouldRemove(element, stats, scorer), new IdentityHashMap<>());
    }

    /** Many commas, or several paragraphs of mostly unlinked text. */
    static boolean isProse(Stats stats) {
        return stats.linkDensity() < 0.3 && (stats.commas >= PROSE_COMMAS
                || (stats.paragraphs >= 3 && stats.textChars >= 500));
    }

    private static boolean shouldRemove(Element element, Stats stats, ContentScorer scorer) {
        String tag = element.normalName();
        if (!JUDGED.contains(tag)) {
            return false;
        }
        if ("aside".equals(tag) || "footer".equals(tag)) {
            return true;
        }
        if (isProse(stats)) {
            return false; // a negatively named wrapper (page builders' "widget"s) around real prose stays
        }
        int weight = ContentScorer.classWeight(element);
        if (weight + scorer.score(element) < 0) {
            return true;
        }
        if ("table".equals(tag) && element.select("td").size() > 1) {
            return false; // data tables are content
        }
        boolean list = "ul".equals(tag) || "ol".equals(tag);
        double linkDensity = stats.linkDensity();
        return (stats.images > 1 && stats.paragraphs / (double) stats.images < 0.5)
                || (!list && stats.items - 100 > stats.paragraphs)
                || (stats.textChars < MIN_CONTAINER_CHARS && stats.images != 1 && stats.headings == 0
                        && stats.paragraphs == 0 && stats.textChars > 0)
                || (weight < 25 && linkDensity > MAX_LINK_DENSITY)
                || (weight >= 25 && linkDensity > MAX_LINK_DENSITY_POSITIVE);
    }
}
