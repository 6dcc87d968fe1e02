package dev.postsummarizer.domain;

/** Life cycle of a stored post: PENDING while an attempt holds the lease, then DONE or FAILED. */
public enum SummaryStatus {
    PENDING,
    DONE,
    FAILED
}
