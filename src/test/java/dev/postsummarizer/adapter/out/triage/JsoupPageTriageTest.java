package dev.postsummarizer.adapter.out.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import dev.postsummarizer.domain.PageVerdict;
import dev.postsummarizer.domain.SkipReason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsoupPageTriageTest {

    private static final String STORY = ("Myanmar's military leader is travelling to Moscow to attend Russia's "
            + "Victory Day celebrations on 9 May despite an international arrest warrant issued by an Argentinian "
            + "court. Leaders from China, India and Brazil are also scheduled to attend the 80th anniversary. ")
            .repeat(5);

    private final JsoupPageTriage triage = new JsoupPageTriage();

    @Test
    void cloudflareStyleInterstitialIsAVerificationScreen() {
        String html = "<html><head><title>Just a moment...</title></head><body><div id='cf-challenge-running'>"
                + "Checking your browser before accessing example.org.</div></body></html>";
        assertSkipped(SkipReason.VERIFICATION_SCREEN, html, "Checking your browser before accessing example.org.");
    }

    @Test
    void recaptchaFormIsAVerificationScreen() {
        String html = "<html><body><form><div class='g-recaptcha'></div><p>Please confirm.</p></form></body></html>";
        assertSkipped(SkipReason.VERIFICATION_SCREEN, html, "Please confirm.");
    }

    @Test
    void signInToContinueIsALoginWall() {
        String html = "<html><body><h1>Example Forum</h1><p>Please sign in to continue.</p>"
                + "<form><input name='user'><input type='password' name='pw'><button>Sign in</button></form></body></html>";
        assertSkipped(SkipReason.LOGIN_WALL, html, "Example Forum. Please sign in to continue.");
    }

    @Test
    void aBodyThatIsOnlyALoginFormIsALoginWall() {
        String html = "<html><body><form><label>E-mail address</label><input name='e'><label>Password</label>"
                + "<input type='password'><button>Enter the community</button><a>Forgot password?</a></form>"
                + "<p>Help</p></body></html>";
        assertSkipped(SkipReason.LOGIN_WALL, html, "Help");
    }

    @Test
    void teaserWithSubscribePromptIsAPaywall() {
        String html = "<html><body><article><p>The central bank raised rates on Tuesday, surprising analysts "
                + "who had expected a pause.</p><div class='paywall'>Subscribe to continue reading. Already a "
                + "subscriber? Log in.</div></article></body></html>";
        assertSkipped(SkipReason.PAYWALL, html,
                "The central bank raised rates on Tuesday, surprising analysts who had expected a pause.");
    }

    @Test
    void notAccessibleForFreeWithATeaserIsAPaywall() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"isAccessibleForFree\": false}</script></head><body><p>Short teaser of a story about rates "
                + "and markets that goes on for a few more words than a headline.</p></body></html>";
        assertSkipped(SkipReason.PAYWALL, html,
                "Short teaser of a story about rates and markets that goes on for a few more words than a headline.");
    }

    @Test
    void notAccessibleForFreeWithTheWholeArticleIsSummarized() {
        String html = "<html><head><script type='application/ld+json'>{\"isAccessibleForFree\": \"False\"}"
                + "</script></head><body><article><p>" + STORY + "</p></article></body></html>";
        assertEquals(Optional.empty(), triage.assess(html, post(STORY)));
    }

    @Test
    void cookieScreenWithNothingBehindItIsACookieWall() {
        String html = "<html><body><div class='consent'><p>We use cookies to improve your experience. "
                + "Accept all cookies or manage your consent.</p><button>Accept</button></div></body></html>";
        assertSkipped(SkipReason.COOKIE_WALL, html,
                "We use cookies to improve your experience. Accept all cookies or manage your consent.");
    }

    @Test
    void articleWithACookieBannerIsSummarized() {
        String html = "<html><body><div class='consent'>We use cookies. Accept all cookies.</div><article><p>"
                + STORY + "</p></article></body></html>";
        assertEquals(Optional.empty(), triage.assess(html, post(STORY)));
    }

    @Test
    void pageNotFoundServedAs200IsASoft404() {
        String html = "<html><head><title>Page not found | Example News</title></head><body><h1>Oops!</h1>"
                + "<p>The page you were looking for does not exist. Try the search.</p></body></html>";
        assertSkipped(SkipReason.SOFT_404, html, "Oops! The page you were looking for does not exist. Try the search.");
    }

    @Test
    void aFewWordsAreTooShort() {
        String html = "<html><body><p>Nice photo, thanks!</p></body></html>";
        assertSkipped(SkipReason.TOO_SHORT, html, "Nice photo, thanks!");
    }

    @Test
    void aForumThreadWithASignInPromptIsSummarized() {
        String html = "<html><body><h1>Junta chief visits Moscow</h1><div class='post'><p>" + STORY + "</p></div>"
                + "<div>Create an account or sign in to comment. You need to be a member in order to leave a "
                + "comment. Sign In Now</div></body></html>";
        assertEquals(Optional.empty(), triage.assess(html, post(STORY)));
    }

    @Test
    void aShortButRealPostIsSummarized() {
        String text = "The council approved the new bridge on Monday by seven votes to two. Construction starts in "
                + "March and should take eighteen months, the mayor said, at a cost of 4.2 million euros.";
        String html = "<html><head><title>Council approves bridge</title></head><body><p>" + text + "</p></body></html>";
        assertEquals(Optional.empty(), triage.assess(html, post(text)));
    }

    @Test
    void aShortForumReplyUnderLogInToReplyIsSummarized() {
        String text = "We moved to Chiang Mai last year. The 90-day report can now be filed online, and the office "
                + "on Chotana Road answered within two days when we tried it in October.";
        String html = "<html><body><article class='message'><p>" + text + "</p></article>"
                + "<div class='block'>You must log in or register to reply here.</div></body></html>";
        assertEquals(Optional.empty(), triage.assess(html, post(text)));
    }

    @Test
    void aThreadWhosePostsExtractionMissedIsNotTakenForALoginWall() {
        String html = "<html><body><header>Please log in</header><form><input type='password'></form>"
                + ("<div class='reply'><p>" + STORY + "</p></div>").repeat(2) + "</body></html>";
        Optional<PageVerdict> verdict = triage.assess(html, post("Junta chief visits Moscow. " + STORY.substring(0, 300)));
        assertTrue(verdict.map(v -> v.reason() != SkipReason.LOGIN_WALL).orElse(true), verdict.toString());
    }

    @Test
    void aThreadWrappedInOnePageFormWithALoginBoxIsNotALoginWall() {
        String html = "<html><body><form id='aspnetForm'><div>User <input name='u'> Password <input type='password'>"
                + "</div>" + ("<div class='post'><p>" + STORY + "</p></div>").repeat(2) + "</form></body></html>";
        Optional<PageVerdict> verdict = triage.assess(html, post(STORY.substring(0, 400)));
        assertEquals(Optional.empty(), verdict);
    }

    @Test
    void aThreadWithAOneLineQuestionAndRealRepliesIsSummarized() {
        String question = "Anyone been to the new consulate yet?";
        ExtractedPost thread = new ExtractedPost("https://forum.example/t/9", null, "Consulate", null, "Forum", null,
                "en", List.of(question), List.of(new ForumPost("ann", null, question, true),
                        new ForumPost("ben", null, STORY, false)));
        assertEquals(Optional.empty(), triage.assess("<html><body><p>" + question + "</p><p>" + STORY
                + "</p></body></html>", thread));
    }

    private void assertSkipped(SkipReason expected, String html, String extractedText) {
        Optional<PageVerdict> verdict = triage.assess(html, post(extractedText));
        assertTrue(verdict.isPresent(), "expected " + expected + " for " + html);
        assertEquals(expected, verdict.get().reason(), verdict.get().message());
        assertTrue(!verdict.get().message().isBlank());
    }

    private static ExtractedPost post(String text) {
        return new ExtractedPost("https://example.org/p", null, "Title", null, null, null, "en", List.of(text),
                List.of());
    }
}
