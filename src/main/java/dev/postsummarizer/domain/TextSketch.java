package dev.postsummarizer.domain;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MinHash sketch of a text's word 3-shingles: small enough to store on every item (256 bytes), and two
 * sketches estimate how much of the shorter text the other contains, which is what tells a repost (the same
 * story, maybe cut, maybe with a forum's comments around it) from a different story.
 */
public record TextSketch(int[] minima, int shingles) {

    static final int SIZE = 64;
    private static final int SHINGLE_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Odd 32-bit multipliers for the hash family h_i(x) = (a_i * x + b_i), one per sketch slot. */
    private static final int[] A = new int[SIZE];
    private static final int[] B = new int[SIZE];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            A[i] = (int) (seed >>> 32) | 1;
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            B[i] = (int) (seed >>> 32);
        }
    }

    public static TextSketch of(String text) {
        List<String> words = words(text);
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            hashes.add(String.join(" ", words.subList(i, i + SHINGLE_WORDS)).hashCode());
        }
        int[] minima = new int[SIZE];
        Arrays.fill(minima, Integer.MAX_VALUE);
        for (int hash : hashes) {
            int mixed = mix(hash);
            for (int i = 0; i < SIZE; i++) {
                int value = (A[i] * mixed + B[i]) & Integer.MAX_VALUE;
                if (value < minima[i]) {
                    minima[i] = value;
                }
            }
        }
        return new TextSketch(minima, hashes.size());
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(TextSketch other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (minima[i] == other.minima[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** Estimated share of the smaller text's shingles that the other text also has. */
    public double containment(TextSketch other) {
        double j = jaccard(other);
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) {
            return 0;
        }
        double intersection = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1.0, intersection / smaller);
    }

    /** Compact text form for storage: base64 of the minima followed by the shingle count. */
    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(4 * (SIZE + 1));
        for (int value : minima) {
            buffer.putInt(value);
        }
        buffer.putInt(shingles);
        return Base64.getEncoder().withoutPadding().encodeToString(buffer.array());
    }

    public static TextSketch decode(String encoded) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int[] minima = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            minima[i] = buffer.getInt();
        }
        return new TextSketch(minima, buffer.getInt());
    }

    private static List<String> words(String text) {
        Matcher matcher = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        List<String> words = new java.util.ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Spreads String.hashCode's bits (murmur3 finaliser) so that the linear hashes behave as independent. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSketch other && shingles == other.shingles && Arrays.equals(minima, other.minima);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minima) + shingles;
    }

    @Override
    public String toString() {
        return "TextSketch[" + shingles + " shingles]";
    }
}
