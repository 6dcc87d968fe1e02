package dev.postsummarizer.application.grounding;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the summary's own claims against the whole post: every number and proper name in it must occur in the
 * text. What does not is returned for the record's {@code unsupported} list (the summary is kept: a reader is
 * warned, not left without a summary).
 */
public final class SummaryCheck {

    private final TermIndex text;

    public SummaryCheck(String postText) {
        this(NormalisedText.of(postText), List.of());
    }

    /**
     * @param context what else the reader is told besides the text and may be named in the summary: the title,
     *                the site, the author, a reposted story's source
     */
    public SummaryCheck(NormalisedText postText, List<String> context) {
        StringBuilder all = new StringBuilder(postText.cased());
        for (String item : context) {
            if (item != null) {
                all.append("\n").append(NormalisedText.of(item).cased());
            }
        }
        this.text = TermIndex.of(all.toString());
    }

    /** Unsupported numbers and names, e.g. {@code ["number 12", "name Putin"]}, in order of appearance. */
    public List<String> unsupported(String summary) {
        return unsupported(summary, true);
    }

    /**
     * @param checkNames false when the summary is a translation: "Moskau" for "Moscow" is right, and names cannot
     *                   be compared across languages without a dictionary; numbers still can
     */
    public List<String> unsupported(String summary, boolean checkNames) {
        ClaimTerms claims = ClaimTerms.of(NormalisedText.of(summary).cased());
        List<String> flagged = new ArrayList<>();
        for (String number : claims.numbers()) {
            if (!text.supportsNumber(number)) {
                flagged.add("number " + number);
            }
        }
        for (String name : checkNames ? claims.names() : java.util.Set.<String>of()) {
            if (!text.supportsName(name)) {
                flagged.add("name " + name);
            }
        }
        return flagged;
    }
}
