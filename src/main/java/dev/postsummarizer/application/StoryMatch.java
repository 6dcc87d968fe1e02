package dev.postsummarizer.application;

import dev.postsummarizer.domain.TextSketch;

/**
 * Decides whether two posts tell the same story from their text sketches: a repost contains most of the
 * original's word 3-shingles (even when it is cut short or wrapped in a forum's comments), while two
 * different stories, even on the same site and topic, share almost none. Threshold tuned on labelled pairs
 * (docs/BENCHMARKS.md, "Story grouping").
 */
public final class StoryMatch {

    /** Share of the shorter text's shingles found in the other text above which they are one story. */
    public static final double MIN_CONTAINMENT = 0.5;

    private StoryMatch() {
    }

    public static boolean sameStory(TextSketch a, TextSketch b) {
        return a.containment(b) >= MIN_CONTAINMENT;
    }
}
