package dev.postsummarizer.domain;

/** Why a fetched page is not the post and was not summarized. */
public enum SkipReason {
    /** A bot check, CAPTCHA or "checking your browser" interstitial. */
    VERIFICATION_SCREEN,
    /** The page asks to sign in and shows nothing of the post. */
    LOGIN_WALL,
    /** A subscription wall: a teaser and a prompt to subscribe. */
    PAYWALL,
    /** A cookie-consent screen with no content behind it. */
    COOKIE_WALL,
    /** A "page not found" page served with status 200. */
    SOFT_404,
    /** Too little text to summarize. */
    TOO_SHORT
}
