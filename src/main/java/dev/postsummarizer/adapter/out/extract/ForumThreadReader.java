package dev.postsummarizer.adapter.out.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postsummarizer.domain.ForumPost;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Recognises a forum thread and reads its posts in page order, the opening post first. Tries the known
 * platforms' markup, then (only on pages that say they are a discussion) schema.org microdata and the
 * generic repeated-post structure, then the JSON-LD {@code DiscussionForumPosting} with its comments.
 */
final class ForumThreadReader {

    static final List<String> DISCUSSION_TYPES = List.of("DiscussionForumPosting", "QAPage", "Question");

    /** URL paths that forum software uses for thread pages. */
    private static final Pattern THREAD_URL = Pattern.compile(
            "(?i)/(?:threads?|topics?|t|forums?|community|discussions?|questions|comments|showthread|viewtopic|boards?)"
                    + "(?:/|\\.php|$)|[?&](?:t|topic|threadid)=");

    private static final int MAX_AUTHOR_CHARS = 80;

    private ForumThreadReader() {
    }

    static Optional<List<ForumPost>> read(Document document, JsonLd jsonLd, String url) {
        boolean saysDiscussion = jsonLd.first(DISCUSSION_TYPES).isPresent()
                || (url != null && THREAD_URL.matcher(url).find());
        List<ForumPost> known = List.of();
        for (ForumPlatform platform : ForumPlatform.KNOWN) {
            if ("microdata".equals(platform.name()) && !saysDiscussion) {
                continue;
            }
            known = readPosts(document, platform);
            if (!known.isEmpty()) {
                break;
            }
        }
        if (known.size() > 1) {
            return Optional.of(known);
        }
        // One post from a known platform's markup may be a partial match (only the opening post is marked
        // up that way): on a discussion page, a structure that repeats at least three times wins over it.
        if (saysDiscussion) {
            Optional<List<ForumPost>> repeated = RepeatedPosts.find(document).map(ForumThreadReader::toPosts)
                    .filter(posts -> posts.size() >= RepeatedPosts.MIN_POSTS);
            if (repeated.isPresent()) {
                return repeated;
            }
        }
        if (!known.isEmpty()) {
            return Optional.of(known);
        }
        return fromJsonLd(jsonLd);
    }

    private static List<ForumPost> readPosts(Document document, ForumPlatform platform) {
        List<ForumPost> posts = new ArrayList<>();
        for (Element container : outermost(document.select(platform.post()))) {
            Element body = firstMatch(container, platform.body());
            if (body == null) {
                continue;
            }
            String text = ownText(body);
            if (text.isEmpty()) {
                continue;
            }
            posts.add(new ForumPost(author(container, platform.author()), time(container, platform.time()), text,
                    posts.isEmpty()));
        }
        return posts;
    }

    private static List<ForumPost> toPosts(List<Element> containers) {
        List<ForumPost> posts = new ArrayList<>();
        for (Element container : containers) {
            String text = ownText(container);
            if (!text.isEmpty()) {
                posts.add(new ForumPost(author(container, "a[href~=(?i)(user|member|profile|/u/)]"),
                        time(container, "time[datetime], time"), text, posts.isEmpty()));
            }
        }
        return posts;
    }

    /** The post's own words: quotes, signatures and reaction bars removed, chrome lines dropped. */
    static String ownText(Element body) {
        Element copy = body.clone();
        copy.select(ForumPlatform.NOT_OWN_TEXT).remove();
        ChromeFilter.removeNamedChrome(copy);
        List<String> kept = new ArrayList<>();
        for (String paragraph : TextBlocks.paragraphs(copy)) {
            if (!ChromeFilter.isChromeText(paragraph)) {
                kept.add(paragraph);
            }
        }
        return String.join("\n\n", kept);
    }

    /** Matches that are not inside another match (a quoted post is part of the post that quotes it). */
    private static List<Element> outermost(Elements matches) {
        List<Element> result = new ArrayList<>();
        for (Element match : matches) {
            // Matches come in document order, so a nested match can only sit inside the last one kept.
            if (result.isEmpty() || !isInside(match, result.get(result.size() - 1))) {
                result.add(match);
            }
        }
        return result;
    }

    /** The first match of the first selector in the list that matches: the list is in order of preference. */
    static Element firstMatch(Element container, String selectors) {
        for (String selector : selectors.split(",\\s*")) {
            Element match = container.selectFirst(selector);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    static boolean isInside(Element element, Element container) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == container) {
                return true;
            }
        }
        return false;
    }

    private static String author(Element container, String selector) {
        Element author = firstMatch(container, selector);
        if (author == null) {
            return null;
        }
        String name = TextBlocks.normalize(author.hasAttr("content") && author.text().isBlank()
                ? author.attr("content") : author.text());
        if (name.isEmpty() || name.length() > MAX_AUTHOR_CHARS) {
            return null;
        }
        return name;
    }

    private static String time(Element container, String selector) {
        Element time = firstMatch(container, selector);
        if (time == null) {
            return null;
        }
        for (String attribute : new String[] {"datetime", "content", "data-time", "title"}) {
            if (!time.attr(attribute).isBlank()) {
                return time.attr(attribute).trim();
            }
        }
        String text = TextBlocks.normalize(time.text());
        return text.isEmpty() || text.length() > 60 ? null : text;
    }

    /** The JSON-LD thread and its comments, when the DOM gave nothing (often truncated, so the last resort). */
    private static Optional<List<ForumPost>> fromJsonLd(JsonLd jsonLd) {
        Optional<JsonNode> thread = jsonLd.first(List.of("DiscussionForumPosting"));
        if (thread.isEmpty()) {
            return Optional.empty();
        }
        List<ForumPost> posts = new ArrayList<>();
        addJsonPost(thread.get(), posts);
        JsonNode comments = thread.get().get("comment");
        if (comments != null && comments.isArray()) {
            for (JsonNode comment : comments) {
                addJsonPost(comment, posts);
            }
        }
        return posts.isEmpty() ? Optional.empty() : Optional.of(posts);
    }

    private static void addJsonPost(JsonNode node, List<ForumPost> posts) {
        String text = MetadataReader.firstNonBlank(JsonLd.text(node, "text"), JsonLd.text(node, "articleBody"));
        if (text != null) {
            String published = MetadataReader.firstNonBlank(JsonLd.text(node, "datePublished"),
                    JsonLd.text(node, "dateCreated"));
            posts.add(new ForumPost(JsonLd.text(node, "author"), published, text, posts.isEmpty()));
        }
    }
}
