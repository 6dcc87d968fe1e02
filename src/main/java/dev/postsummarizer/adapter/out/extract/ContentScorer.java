package dev.postsummarizer.adapter.out.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Readability-style scoring: every paragraph-like block scores by its length and commas, and passes the
 * score up to its parent (full), grandparent (half) and further ancestors (divided by 3 × level). Each
 * ancestor starts from a weight for its tag and its class/id. The best ancestor, discounted by its link
 * density, is the main content.
 */
final class ContentScorer {

    static final int MIN_PARAGRAPH_CHARS = 25;
    static final int ANCESTOR_LEVELS = 5;
    static final int CLASS_WEIGHT = 25;

    static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|"
                    + "richtext|prose|message|bbwrapper|cooked");
    static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|"
                    + "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                    + "shopping|tags|byline|author|dateline|writtenby|caption|subscribe|newsletter");

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private Map<Element, SubtreeStats.Stats> stats = Map.of();

    /** Scores the subtree and returns the best candidate, or null when nothing scored. */
    Element bestCandidate(Element root) {
        stats = SubtreeStats.of(root);
        for (Element block : root.select("p, pre, td, blockquote, li, h2, h3, dd, div, section, article")) {
            SubtreeStats.Stats blockStats = stats.get(block);
            if (blockStats == null || !isParagraphLike(block)) {
                continue;
            }
            int length = blockStats.textChars;
            if (length < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + blockStats.commas + Math.min(length / 100.0, 3);
            Element ancestor = block.parent();
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                if ("html".equals(ancestor.normalName())) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                double added = score / divider;
                Element scored = ancestor;
                scores.merge(scored, initialScore(scored) + added, (old, ignored) -> old + added);
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            SubtreeStats.Stats candidate = stats.get(entry.getKey());
            double score = entry.getValue() * (1 - (candidate == null ? 0 : candidate.linkDensity()));
            entry.setValue(score);
            if (score > bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        return best;
    }

    /** Counts of an element measured by the last {@link #bestCandidate} call (empty counts if unmeasured). */
    SubtreeStats.Stats stats(Element element) {
        SubtreeStats.Stats measured = stats.get(element);
        return measured == null ? new SubtreeStats.Stats() : measured;
    }

    double score(Element element) {
        return scores.getOrDefault(element, 0.0);
    }

    /** A p/pre/td/li, or a div whose text sits directly in it (no block children), counts as a paragraph. */
    private static boolean isParagraphLike(Element element) {
        String tag = element.normalName();
        if (!"div".equals(tag) && !"section".equals(tag) && !"article".equals(tag)) {
            return true;
        }
        for (Element child : element.children()) {
            if (TextBlocks.BLOCK_TAGS.contains(child.normalName())) {
                return element.ownText().length() >= MIN_PARAGRAPH_CHARS;
            }
        }
        return true;
    }

    static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(element);
    }

    static int classWeight(Element element) {
        int weight = 0;
        for (String name : new String[] {element.className(), element.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= CLASS_WEIGHT;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += CLASS_WEIGHT;
            }
        }
        return weight;
    }

    /** Link density of an element scored or measured by the last {@link #bestCandidate} call. */
    double linkDensity(Element element) {
        SubtreeStats.Stats measured = stats.get(element);
        return measured == null ? SubtreeStats.of(element).get(element).linkDensity() : measured.linkDensity();
    }

    static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '，' || c == '、' || c == '﹐') {
                count++;
            }
        }
        return count;
    }
}
