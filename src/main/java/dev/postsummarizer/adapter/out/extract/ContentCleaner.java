package dev.postsummarizer.adapter.out.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Readability's conditional cleaning of the chosen content: containers (div, section, ul, table, form,
 * aside) that look like link lists, image galleries, forms or negatively named widgets are removed,
 * innermost first, unless they carry prose (many commas).
 */
final class ContentCleaner {

    static final int PROSE_COMMAS = 10;
    static final double MAX_LINK_DENSITY = 0.2;
    static final double MAX_LINK_DENSITY_POSITIVE = 0.5;

    private ContentCleaner() {
    }

    static void clean(Element content, ContentScorer scorer) {
        ChromeFilter.removeNamedChrome(content);
        List<Element> containers = new ArrayList<>(content.select("div, section, ul, ol, table, form, aside, header, footer"));
        // Innermost first, so a container is judged after its junk children are gone.
        for (int i = containers.size() - 1; i >= 0; i--) {
            Element container = containers.get(i);
            if (container == content || container.parent() == null) {
                continue;
            }
            if (shouldRemove(container, scorer)) {
                container.remove();
            }
        }
    }

    private static boolean shouldRemove(Element element, ContentScorer scorer) {
        String tag = element.normalName();
        if ("aside".equals(tag) || "footer".equals(tag)) {
            return true;
        }
        int weight = ContentScorer.classWeight(element);
        if (weight + scorer.score(element) < 0) {
            return true;
        }
        String text = element.text();
        if (ContentScorer.commas(text) >= PROSE_COMMAS) {
            return false;
        }
        if ("table".equals(tag) && element.select("td").size() > 1) {
            return false; // data tables are content
        }
        int paragraphs = element.select("p").size();
        int images = element.select("img").size();
        int items = element.select("li").size() - 100;
        int inputs = element.select("input").size();
        double linkDensity = ContentScorer.linkDensity(element);
        boolean list = "ul".equals(tag) || "ol".equals(tag);
        return (images > 1 && paragraphs / (double) images < 0.5)
                || (!list && items > paragraphs)
                || inputs > paragraphs / 3
                || (text.length() < 25 && (images == 0 || images > 2) && element.select("h1,h2,h3,h4,h5,h6").isEmpty()
                        && !text.isEmpty() && text.length() < 25 && element.select("p").isEmpty())
                || (weight < 25 && linkDensity > MAX_LINK_DENSITY)
                || (weight >= 25 && linkDensity > MAX_LINK_DENSITY_POSITIVE);
    }
}
