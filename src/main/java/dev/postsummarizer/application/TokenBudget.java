package dev.postsummarizer.application;

import dev.postsummarizer.application.grounding.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * How much text fits in one model call, estimated without the provider's tokenizer: characters of scripts
 * written without spaces (CJK, Thai) count one token each, other characters {@code charsPerToken} each (about 4
 * for English with OpenAI's tokenizers, less for Anthropic's and for most other languages). The estimate is on
 * the safe side; the budget leaves room for the prompt and the answer.
 *
 * @param inputTokens   the most text tokens one call may carry
 * @param charsPerToken characters per token for spaced scripts
 */
public record TokenBudget(int inputTokens, double charsPerToken) {

    public TokenBudget {
        if (inputTokens <= 0 || charsPerToken <= 0) {
            throw new IllegalArgumentException("token budget and characters per token must be positive");
        }
    }

    public long estimate(String text) {
        long dense = 0;
        long other = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.HANGUL) {
                dense++;
            } else {
                other++;
            }
        }
        return dense + (long) Math.ceil(other / charsPerToken);
    }

    public boolean fits(String text) {
        return estimate(text) <= inputTokens;
    }

    /**
     * Splits paragraphs into parts that each fit, cutting only between paragraphs (a forum thread's paragraphs
     * follow its posts, so posts stay whole where they fit); a paragraph too long on its own is cut between
     * sentences, and a sentence too long on its own is cut between words.
     */
    public List<String> split(List<String> paragraphs) {
        List<String> pieces = new ArrayList<>();
        for (String paragraph : paragraphs) {
            pieces.addAll(fitting(paragraph));
        }
        return pack(pieces, "\n\n");
    }

    /** Joins consecutive pieces while their summed estimate fits (each piece is estimated once). */
    private List<String> pack(List<String> pieces, String separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        long partTokens = 0;
        for (String piece : pieces) {
            long tokens = estimate(piece) + 1;
            if (!part.isEmpty() && partTokens + tokens > inputTokens) {
                parts.add(part.toString());
                part.setLength(0);
                partTokens = 0;
            }
            if (!part.isEmpty()) {
                part.append(separator);
            }
            part.append(piece);
            partTokens += tokens;
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    private List<String> fitting(String paragraph) {
        if (fits(paragraph)) {
            return List.of(paragraph);
        }
        List<String> chunks = new ArrayList<>();
        for (String sentence : Sentences.of(paragraph)) {
            if (fits(sentence)) {
                chunks.add(sentence);
            } else {
                chunks.addAll(pack(List.of(sentence.split(" ")), " "));
            }
        }
        return pack(chunks, " ");
    }
}
