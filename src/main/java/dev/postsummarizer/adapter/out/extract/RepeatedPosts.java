package dev.postsummarizer.adapter.out.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the posts of a thread by structure alone, for forum software we do not know: siblings with the
 * same tag and class signature, at least {@link #MIN_POSTS} of them, most of which carry a poster link
 * or a time. The group with the most text wins.
 */
final class RepeatedPosts {

    static final int MIN_POSTS = 3;
    static final int MIN_POST_CHARS = 20;
    static final double MIN_SHARE_WITH_POSTER = 0.6;

    private static final String POSTER_OR_TIME =
            "time, [datetime], a[href~=(?i)(user|member|profile|/u/|author)], [class~=(?i)(author|username|poster)]";

    private RepeatedPosts() {
    }

    static Optional<List<Element>> find(Element root) {
        List<Element> best = null;
        int bestLength = 0;
        for (Element parent : root.getAllElements()) {
            if (parent.childrenSize() < MIN_POSTS) {
                continue;
            }
            for (List<Element> group : groupBySignature(parent).values()) {
                if (group.size() < MIN_POSTS) {
                    continue;
                }
                int length = postLikeLength(group);
                if (length > bestLength) {
                    bestLength = length;
                    best = group;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<String, List<Element>> groupBySignature(Element parent) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element child : parent.children()) {
            String tag = child.normalName();
            if (!"div".equals(tag) && !"article".equals(tag) && !"li".equals(tag) && !"section".equals(tag)
                    && !"tr".equals(tag) && !"table".equals(tag)) {
                continue;
            }
            // Digits are dropped so "post-123" and "post-456" share a signature.
            String signature = tag + "." + child.className().replaceAll("\\d+", "#");
            groups.computeIfAbsent(signature, key -> new ArrayList<>()).add(child);
        }
        return groups;
    }

    /** Total text of the group if it looks like posts, else 0. */
    private static int postLikeLength(List<Element> group) {
        int withPoster = 0;
        int length = 0;
        for (Element member : group) {
            int memberLength = member.text().length();
            if (memberLength < MIN_POST_CHARS) {
                return 0;
            }
            if (member.selectFirst(POSTER_OR_TIME) != null) {
                withPoster++;
            }
            length += memberLength;
        }
        return withPoster >= group.size() * MIN_SHARE_WITH_POSTER ? length : 0;
    }
}
