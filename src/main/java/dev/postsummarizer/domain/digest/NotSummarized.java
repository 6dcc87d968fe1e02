package dev.postsummarizer.domain.digest;

/**
 * A post of the day that has no summary, listed briefly at the end of the digest.
 *
 * @param label  what the reader sees as its name: the title when known, else the URL
 * @param url    link to the page; null unless http(s)
 * @param status "failed" or "skipped"
 * @param reason the stored error or skip message, shortened
 */
public record NotSummarized(String label, String url, String status, String reason) {

    /** The plain-text part adds the link on its own line, unless the label already is the link. */
    public boolean urlDiffersFromLabel() {
        return url != null && !url.equals(label);
    }
}
