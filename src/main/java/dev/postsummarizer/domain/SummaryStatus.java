package dev.postsummarizer.domain;

/**
 * Life cycle of a stored post: PENDING while an attempt holds the lease, then DONE, FAILED, or SKIPPED when
 * the page turned out not to be the post (a login wall, a paywall teaser, a verification screen, …).
 */
public enum SummaryStatus {
    PENDING,
    DONE,
    FAILED,
    SKIPPED
}
