package dev.postsummarizer.adapter.out.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what is never the post: scripts and widgets, hidden nodes, and page chrome recognised by its
 * class/id/role (navigation, share bars, sign-in prompts, "Recommended Posts", like counters, "Recently
 * Browsing", cookie notices, newsletter boxes) or by its whole text being a known chrome phrase.
 */
final class ChromeFilter {

    /** Class or id words of chrome. Matched against class and id, lower-cased. */
    static final Pattern CHROME_NAMES = Pattern.compile(
            "(?:^|[\\s_-])(?:share|sharing|social|sharedaddy|addthis|cookie|consent|gdpr|newsletter|subscribe|"
                    + "signup|sign-?in|login|register|breadcrumbs?|pagination|pager|pagenav|"
                    + "related|recommended|reactions?|react|likes?|votes?|rating|"
                    + "whosonline|recentlybrowsing|skip-?link|sr-only|visually-?hidden|screen-?reader|"
                    + "advert|ads|ad-slot|adsbygoogle|sponsor|promo|outbrain|taboola|popup|modal|"
                    + "toolbar|tools|print|author-?bio|tags?|tagcloud|topic-?list|"
                    + "crumbs)(?:$|[\\s_-])|ips(?:React|Hide|ToolList|Pager|Breadcrumb|Share|Follow)|"
                    + "cTopicPostArea|cRecentlyBrowsing|cPostShareMenu|cTopicPromo|"
                    + "memberSignature|signature",
            Pattern.CASE_INSENSITIVE);

    /** Whole-block texts that are chrome wherever they appear. */
    static final Pattern CHROME_TEXT = Pattern.compile(
            "(?i)(?:create an account or sign in to comment|you need to be a member in order to leave a comment|"
                    + "recommended posts|recently browsing.*|no registered users viewing this page\\.?|"
                    + "share this (?:post|article|story|page)|share on (?:facebook|twitter|x|linkedin)|"
                    + "(?:like|likes|thanks|upvote|thumbs up)\\s*\\d*|\\d+\\s*(?:likes?|reactions?|replies|views)|"
                    + "sign in now|sign up|register a new account|already have an account\\? sign in here\\.?|"
                    + "jump to content|go to topic listing|reply to this topic|report( post| this content)?|"
                    + "quote|multiquote|posted.{0,40}|existing user\\? sign in|create new\\.{0,3}|"
                    + "read more|continue reading|advertisement|skip to (?:main )?content|"
                    + "(?:please )?log ?in or register to (?:reply|post|comment).*)");

    private static final String JUNK_SELECTOR = String.join(",",
            "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
            "button", "select", "input", "textarea", "link", "meta",
            "nav", "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=search]",
            "[role=dialog]", "[role=alert]", "[data-role=reactionBlurb]", "[data-role=recommendedComments]",
            "[data-role=memberSignature]", "[data-role=replyArea]", "[data-role=commentControls]",
            "[data-role=comment_count]", "[data-role=cookieConsent]");

    private ChromeFilter() {
    }

    private static final String HIDDEN_SELECTOR = String.join(",", "[hidden]", "[aria-hidden=true]",
            "[style~=(?i)display\\s*:\\s*none]", "[style~=(?i)visibility\\s*:\\s*hidden]");

    /** Text in paragraphs above which a hidden element is taken for streamed-in content. */
    static final int STREAMED_CONTENT_CHARS = 500;

    /** A {@code <noscript>} with at least this much text is the page's server-rendered content, not a notice. */
    static final int NOSCRIPT_CONTENT_CHARS = 200;

    /** Removes scripts, widgets, hidden nodes and structural chrome. */
    static void removeJunk(Document document) {
        // Some apps (Discourse among them) serve the real content inside <noscript> for clients without
        // JavaScript; keep that, drop the "please enable JavaScript" notices.
        for (Element noscript : document.select("body noscript")) {
            if (noscript.parent() != null && noscript.selectFirst("p, div, article, li") != null
                    && noscript.text().length() >= NOSCRIPT_CONTENT_CHARS) {
                noscript.unwrap();
            }
        }
        document.select(JUNK_SELECTOR).remove();
        for (Element hidden : document.select(HIDDEN_SELECTOR)) {
            if (hidden.parent() != null && !isStreamedContent(hidden)) {
                hidden.remove();
            }
        }
    }

    /**
     * Streaming server renderers (React's {@code <div hidden id="S:0">}) ship the article hidden and let a
     * script move it into place: a hidden element holding several paragraphs of prose is content.
     */
    private static boolean isStreamedContent(Element hidden) {
        Elements paragraphs = hidden.select("p");
        return paragraphs.size() >= 3 && paragraphs.text().length() >= STREAMED_CONTENT_CHARS;
    }

    /** Removes elements whose class/id says chrome, unless they hold most of the page's text. */
    static void removeNamedChrome(Element root) {
        Map<Element, SubtreeStats.Stats> stats = SubtreeStats.of(root);
        int rootLength = Math.max(1, stats.get(root).textChars);
        List<Element> chrome = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element == root || "body".equals(element.normalName()) || "html".equals(element.normalName())) {
                continue;
            }
            SubtreeStats.Stats own = stats.get(element);
            if (own != null && own.textChars < rootLength / 3 && isChromeName(element)) {
                chrome.add(element);
            }
        }
        chrome.forEach(Element::remove);
    }

    static boolean isChromeName(Element element) {
        String names = (element.className() + " " + element.id()).trim();
        return !names.isEmpty() && CHROME_NAMES.matcher(names).find() && !names.toLowerCase(Locale.ROOT).contains("content");
    }

    static boolean isChromeText(String paragraph) {
        return paragraph.length() < 120 && CHROME_TEXT.matcher(paragraph).matches();
    }
}
