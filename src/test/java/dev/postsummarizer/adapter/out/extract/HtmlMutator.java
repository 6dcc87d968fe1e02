package dev.postsummarizer.adapter.out.extract;

import java.util.List;
import java.util.Random;

/**
 * Makes fuzz documents: windows of real pages with random damage (cut, duplicated or shuffled ranges, broken
 * and unbalanced tags, deep nesting, bad entities and JSON-LD, control characters), and small pages generated
 * from forum and article markup. Deterministic for a given {@link Random}.
 */
final class HtmlMutator {

    private static final String[] TAGS = {"div", "p", "span", "article", "section", "li", "ul", "table", "td", "tr",
        "blockquote", "a", "h1", "h2", "noscript", "script", "style", "time", "main", "aside", "form", "pre", "br"};
    private static final String[] CLASSES = {"post", "message", "cPost", "content", "comment", "share", "sidebar",
        "bbWrapper", "crawler-post", "postbody", "signature", "ipsQuote", "entry-content", "nav", "footer", "hidden",
        "message--post", "topic-post", "cooked", "author", "username", "like", "widget"};
    private static final String[] DAMAGE = {"<", ">", "</", "<!--", "-->", "<![CDATA[", "&", "&#", "&#x110000;", "&amp",
        "\u0000", "\uFFFF", "\uD800", "\"", "'", "=", "<script>", "</script>", "<noscript>", "<template>", "<svg><p>",
        "<table><p>", "<a href=\"", "<html>", "</body>", "</html>", "<frameset>"};
    private static final String[] JSON_LD = {
        "{\"@type\":\"DiscussionForumPosting\",\"text\":\"x\",\"comment\":[{\"text\":null}]}",
        "{\"@graph\":[{\"@type\":[\"NewsArticle\"],\"articleBody\":" + "\"word \"".repeat(3) + "}]}",
        "{\"@type\":\"Article\",\"author\":[[[]]],\"headline\":{}}", "[[[[[[", "{\"@graph\":{\"@graph\":null}}",
        "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + "long text, ".repeat(60) + "\"}"};

    private final Random random;
    private final List<String> pages;

    HtmlMutator(Random random, List<String> pages) {
        this.random = random;
        this.pages = pages;
    }

    String next() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> generated();
            case 3 -> mutate(generated());
            default -> mutate(window(pages.get(random.nextInt(pages.size()))));
        };
    }

    /** A random slice of a real page (up to ~8 KB), so documents stay small and the campaign fast. */
    private String window(String page) {
        int length = Math.min(page.length(), 200 + random.nextInt(8_000));
        int start = random.nextInt(Math.max(1, page.length() - length + 1));
        String slice = page.substring(start, start + length);
        return random.nextBoolean() ? "<html><body>" + slice : slice;
    }

    private String mutate(String html) {
        StringBuilder doc = new StringBuilder(html);
        int rounds = 1 + random.nextInt(8);
        for (int i = 0; i < rounds && doc.length() > 0; i++) {
            int at = random.nextInt(doc.length() + 1);
            switch (random.nextInt(8)) {
                case 0 -> doc.insert(at, DAMAGE[random.nextInt(DAMAGE.length)]);
                case 1 -> doc.delete(at, Math.min(doc.length(), at + random.nextInt(2_000)));
                case 2 -> {
                    int end = Math.min(doc.length(), at + random.nextInt(1_000));
                    String range = doc.substring(at, end);
                    doc.insert(random.nextInt(doc.length() + 1), range.repeat(1 + random.nextInt(3)));
                }
                case 3 -> doc.insert(at, nesting(random.nextInt(random.nextInt(10) == 0 ? 2_000 : 200)));
                case 4 -> doc.insert(at, "<script type=\"application/ld+json\">" + JSON_LD[random.nextInt(JSON_LD.length)]
                        + "</script>");
                case 5 -> doc.insert(at, element(random.nextInt(4)));
                case 6 -> doc.setCharAt(Math.min(at, doc.length() - 1), (char) random.nextInt(0x3000));
                default -> doc.setLength(at);
            }
        }
        return doc.toString();
    }

    private String nesting(int depth) {
        String tag = TAGS[random.nextInt(TAGS.length)];
        return ("<" + tag + ">").repeat(depth) + "text, more text" + (random.nextBoolean() ? ("</" + tag + ">").repeat(depth) : "");
    }

    /** A small page: a thread of posts (in one of several platforms' markup) or an article with chrome. */
    private String generated() {
        StringBuilder page = new StringBuilder("<html><head><title>T ").append(random.nextInt(100)).append("</title>");
        if (random.nextBoolean()) {
            page.append("<script type=\"application/ld+json\">").append(JSON_LD[random.nextInt(JSON_LD.length)]).append("</script>");
        }
        page.append("</head><body>");
        int blocks = 1 + random.nextInt(12);
        for (int i = 0; i < blocks; i++) {
            page.append(element(random.nextInt(5)));
        }
        return page.append("</body></html>").toString();
    }

    private String element(int depth) {
        String tag = TAGS[random.nextInt(TAGS.length)];
        StringBuilder element = new StringBuilder("<").append(tag);
        if (random.nextInt(3) > 0) {
            element.append(" class=\"").append(CLASSES[random.nextInt(CLASSES.length)]).append(' ')
                    .append(CLASSES[random.nextInt(CLASSES.length)]).append('"');
        }
        if (random.nextInt(6) == 0) {
            element.append(random.nextBoolean() ? " hidden" : " datetime=\"2024-0" + random.nextInt(10) + "-01\"");
        }
        element.append('>').append(words());
        for (int i = 0; depth > 0 && i < 1 + random.nextInt(4); i++) {
            element.append(element(depth - 1));
        }
        if (random.nextInt(5) > 0) {
            element.append("</").append(tag).append('>');
        }
        return element.toString();
    }

    private String words() {
        int count = random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i % 7 == 6 ? ", " : " ").append("word").append(random.nextInt(50));
        }
        return text.toString();
    }
}
