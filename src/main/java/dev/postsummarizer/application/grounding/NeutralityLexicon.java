package dev.postsummarizer.application.grounding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loaded terms a neutral summary must not use in its own voice (see {@code neutrality/loaded-terms.txt} for
 * the format and the kinds). Words inside quotation marks are the source's, attributed, and are not flagged.
 */
public final class NeutralityLexicon {

    public static final String DEFAULT_RESOURCE = "neutrality/loaded-terms.txt";

    /** One form of a loaded term, as lower-case words. */
    public record Term(String kind, String form, List<String> words) {
    }

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final List<Term> terms = new ArrayList<>();

    private NeutralityLexicon() {
    }

    public static NeutralityLexicon fromClasspath() {
        return fromClasspath(DEFAULT_RESOURCE);
    }

    public static NeutralityLexicon fromClasspath(String resource) {
        try (InputStream in = NeutralityLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("neutrality lexicon not found on the classpath: " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NeutralityLexicon parse(List<String> lines) {
        NeutralityLexicon lexicon = new NeutralityLexicon();
        for (String line : lines) {
            String entry = line.strip();
            int colon = entry.indexOf(':');
            if (entry.isEmpty() || entry.startsWith("#") || colon < 0) {
                continue;
            }
            String kind = entry.substring(0, colon).strip();
            for (String form : entry.substring(colon + 1).split(",")) {
                List<String> words = words(form);
                if (!words.isEmpty()) {
                    Term term = new Term(kind, form.strip(), words);
                    lexicon.terms.add(term);
                    lexicon.byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(term);
                }
            }
        }
        return lexicon;
    }

    public List<Term> terms() {
        return List.copyOf(terms);
    }

    /** The loaded terms the text uses outside quotation marks, each once, in order of appearance. */
    public List<Term> flag(String text) {
        List<String> words = words(withoutQuotations(text == null ? "" : text));
        Set<Term> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (Term term : byFirstWord.getOrDefault(words.get(i), List.of())) {
                if (matchesAt(words, i, term.words())) {
                    found.add(term);
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean matchesAt(List<String> words, int at, List<String> form) {
        if (at + form.size() > words.size()) {
            return false;
        }
        for (int k = 1; k < form.size(); k++) {
            if (!words.get(at + k).equals(form.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Removes spans between double quotation marks (straight or curly) and between curly single quotes. */
    static String withoutQuotations(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char closing = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (closing != 0) {
                boolean apostrophe = c == '\u2019' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
                if ((c == closing && !apostrophe) || (closing == '"' && c == '\u201D')) {
                    closing = 0;
                    out.append(' ');
                }
            } else if (c == '"' || c == '\u201C') {
                closing = '"';
            } else if (c == '\u2018' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                closing = '\u2019';
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Tokens.Token token : Tokens.of(text)) {
            words.add(token.text().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
