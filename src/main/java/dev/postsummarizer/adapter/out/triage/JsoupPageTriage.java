package dev.postsummarizer.adapter.out.triage;

import dev.postsummarizer.application.port.PageTriage;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.PageVerdict;
import dev.postsummarizer.domain.SkipReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The rule set of {@link PageTriage}, in the order the rules are tried. Every wall rule requires two things:
 * a marker of that kind of page (a phrase, an element, structured data) <em>and</em> little extracted text,
 * because real posts often carry the same markers around their content (a forum thread says "sign in to
 * comment", a news article has a cookie banner and a subscribe box). See README, "Pages that are not the
 * post".
 */
@ApplicationScoped
public class JsoupPageTriage implements PageTriage {

    /** Below this many extracted words a page with a wall marker is taken to be the wall, not the post. */
    static final int WALL_MAX_WORDS = 120;
    /** Below this many words there is nothing worth summarizing, whatever the page is. */
    static final int TOO_SHORT_WORDS = 25;
    /** Share of the body's text inside forms above which the page is "just a form". */
    static final double FORM_SHARE = 0.5;
    /** Only the start of a body is searched for markers: walls put them up front. */
    private static final int MARKER_SEARCH_CHARS = 20_000;

    private static final Pattern VERIFICATION = Pattern.compile(
            "just a moment\\.\\.\\.|checking your browser|verify (that )?you are (a )?human|are you a robot"
                    + "|attention required|captcha|ddos protection by|please enable (js|javascript) and disable"
                    + "|press (&|and) hold|unusual traffic from your (computer|network)");
    private static final String CHALLENGE_ELEMENTS =
            "#challenge-form, #cf-challenge-running, .g-recaptcha, .h-captcha, iframe[src*=captcha], #px-captcha";
    /**
     * Sign-in demands. "Log in to reply / to comment / to like" is forum and comment chrome under real posts,
     * so a demand followed within a few words by such an action does not count.
     */
    private static final Pattern LOGIN = Pattern.compile(
            "(?:(sign|log) ?in to (continue|view|read|see|access)|please (sign|log) ?in|you (must|need to) be logged in"
                    + "|you must (sign|log) ?in|login required|members only|this content is for members)"
                    + "(?!.{0,40}\\bto (reply|post|comment|vote|react|like|answer|quote|respond|join))");
    /** Words of page text outside forms and site chrome above which a page is not a verification, login or cookie wall. */
    static final int WALL_MAX_PAGE_WORDS = 250;
    private static final String CHROME = "nav, header, footer, aside, script, style, noscript, template";
    /**
     * A form with more words than this is a page wrapped in a form (ASP.NET pages put the whole body in one),
     * not a login or search box.
     */
    static final int SMALL_FORM_MAX_WORDS = 150;
    private static final Pattern PAYWALL = Pattern.compile(
            "subscribe (now )?to (continue|keep) reading|subscribe to read|to continue reading,? (please )?"
                    + "(subscribe|sign up|log in)|subscribers only|for subscribers|already a subscriber"
                    + "|become a subscriber|start your (free )?trial to read|this (article|story) is (only )?"
                    + "(available )?(for|to) (paying )?subscribers");
    private static final Pattern NOT_FREE = Pattern.compile(
            "\"isAccessibleForFree\"\\s*:\\s*\"?(false|False|FALSE)\"?");
    private static final String PAYWALL_ELEMENTS =
            ".paywall, #paywall, [class*=paywall], [data-paywall], .piano-offer, .tp-modal";
    private static final Pattern COOKIES = Pattern.compile(
            "we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (settings|preferences|policy)"
                    + "|manage (your )?consent|your privacy choices");
    private static final Pattern NOT_FOUND = Pattern.compile(
            "\\b404\\b|page not found|not found|(page|article|post|topic) (you .{0,40})?(does ?n[o']t|no longer) exists?"
                    + "|no longer available|could ?n[o']t (be )?f(ou)?nd (the|that|this) page|page (has been )?removed");

    @Override
    public Optional<PageVerdict> assess(String html, ExtractedPost post) {
        Document page = Jsoup.parse(html == null ? "" : html);
        int words = wordsOfThePost(post);
        String title = lower(page.title());
        String heading = lower(firstText(page, "h1"));
        String body = lower(head(page.body() == null ? "" : page.body().text()));

        if (words < WALL_MAX_WORDS) {
            Optional<PageVerdict> wall = wall(page, html == null ? "" : html, words, title, heading, body, post);
            if (wall.isPresent()) {
                return wall;
            }
        }
        if (words < TOO_SHORT_WORDS) {
            return verdict(SkipReason.TOO_SHORT, "only " + words + " words of text could be extracted");
        }
        return Optional.empty();
    }

    private Optional<PageVerdict> wall(Document page, String html, int words, String title, String heading,
            String body, ExtractedPost post) {
        // Walls show little besides themselves; a page with much text of its own is content with a banner,
        // a sign-in box or a CAPTCHA-protected form around it, even when extraction found little of it.
        boolean littlePageText = pageWordsOutsideFormsAndChrome(page) < WALL_MAX_PAGE_WORDS;
        String seen = found(VERIFICATION, title + "\n" + body);
        if (littlePageText && (seen != null || !page.select(CHALLENGE_ELEMENTS).isEmpty())) {
            return verdict(SkipReason.VERIFICATION_SCREEN, "a bot check or CAPTCHA page"
                    + (seen != null ? " ('" + seen + "')" : "") + " with " + words + " words of text");
        }
        seen = found(NOT_FOUND, title + "\n" + heading);
        if (seen != null) {
            return verdict(SkipReason.SOFT_404, "the page says '" + seen + "' although it was served as found");
        }
        seen = found(LOGIN, body);
        boolean loginForm = smallForms(page).stream().anyMatch(form -> !form.select("input[type=password]").isEmpty())
                && formShare(page) > FORM_SHARE;
        if (littlePageText && (seen != null || loginForm)) {
            return verdict(SkipReason.LOGIN_WALL, "the page asks to sign in"
                    + (seen != null ? " ('" + seen + "')" : " (its body is a login form)")
                    + " and shows " + words + " words of text");
        }
        seen = found(PAYWALL, body);
        boolean notFree = NOT_FREE.matcher(html).find();
        if (seen != null || notFree || !page.select(PAYWALL_ELEMENTS).isEmpty()) {
            return verdict(SkipReason.PAYWALL, "a subscription wall"
                    + (seen != null ? " ('" + seen + "')" : notFree ? " (isAccessibleForFree: false)" : "")
                    + " in front of a " + words + "-word teaser");
        }
        seen = found(COOKIES, body);
        if (seen != null && littlePageText
                && (words < TOO_SHORT_WORDS || COOKIES.matcher(lower(post.text())).find())) {
            return verdict(SkipReason.COOKIE_WALL, "a cookie-consent screen ('" + seen + "') with no content behind it");
        }
        return Optional.empty();
    }

    /**
     * A thread is worth summarizing for its discussion even when its opening post is one line ("Anyone been
     * to the new consulate?"), so a thread counts the words of all its posts.
     */
    private static int wordsOfThePost(ExtractedPost post) {
        if (!post.isForumThread()) {
            return post.wordCount();
        }
        int total = 0;
        for (var forumPost : post.posts()) {
            total += words(forumPost.text() == null ? "" : forumPost.text());
        }
        return Math.max(total, post.wordCount());
    }

    /**
     * A thread whose posts extraction missed still shows them on the page; a login wall shows little besides
     * its form. Counted on a copy, so the caller's document keeps its forms for the other rules.
     */
    private static int pageWordsOutsideFormsAndChrome(Document page) {
        if (page.body() == null) {
            return 0;
        }
        Element body = page.body().clone();
        body.select(CHROME).remove();
        smallForms(body).forEach(Element::remove);
        return words(body.text());
    }

    private static java.util.List<Element> smallForms(Element root) {
        return root.select("form").stream().filter(form -> words(form.text()) <= SMALL_FORM_MAX_WORDS).toList();
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static double formShare(Document page) {
        int bodyLength = page.body() == null ? 0 : page.body().text().length();
        if (bodyLength == 0) {
            return 0;
        }
        int formLength = 0;
        for (Element form : smallForms(page)) {
            formLength += form.text().length();
        }
        return (double) formLength / bodyLength;
    }

    private static String found(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    private static String firstText(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? "" : element.text();
    }

    private static String head(String text) {
        return text.length() > MARKER_SEARCH_CHARS ? text.substring(0, MARKER_SEARCH_CHARS) : text;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static Optional<PageVerdict> verdict(SkipReason reason, String message) {
        return Optional.of(new PageVerdict(reason, message));
    }
}
