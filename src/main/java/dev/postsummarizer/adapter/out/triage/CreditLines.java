package dev.postsummarizer.adapter.out.triage;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the lines a repost uses to credit its source: an outlet's name, a "Source:" line, a date. */
final class CreditLines {

    /** An outlet's name is short: "The Irrawaddy", "Bangkok Post", "Associated Press". */
    static final int MAX_NAME_WORDS = 6;
    static final int MAX_NAME_CHARS = 60;

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^(?:sources?|via|credit|courtesy(?: of)?|originally (?:published|appeared) (?:in|by|on|at)"
                    + "|read (?:more|the full (?:story|article)) (?:at|on)|full (?:story|article)(?: at| on)?)"
                    + "\\s*[:：\\-–—]?\\s+(.{2,200})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DASH_CREDIT = Pattern.compile("^[—–-]\\s*(\\p{Lu}.{1,59})$");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[\\s\\-–—(]*(\\d{4}-\\d{2}-\\d{2}|\\d{1,2} \\p{L}+ \\d{4}|\\p{L}+ \\d{1,2}, \\d{4})[\\s).]*$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Set<String> SMALL_WORDS = Set.of("the", "of", "and", "de", "la", "le", "du", "des",
            "der", "die", "das", "el", "del", "&", "for", "in", "on", "at");

    private CreditLines() {
    }

    /** True for a line that is only an outlet-like name: capitalised words, no sentence punctuation. */
    static boolean isName(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_NAME_CHARS || !Character.isUpperCase(text.codePointAt(0))
                || text.matches(".*[.!?:;,\"“”]$") || isDate(text)) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String word : words) {
            boolean small = SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT));
            if (!small && !Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The credited text of a "Source: …" line, or null. */
    static String sourceOf(String line) {
        Matcher matcher = SOURCE_LINE.matcher(line.strip());
        if (!matcher.matches()) {
            return null;
        }
        String credited = matcher.group(1).strip();
        return credited.split("\\s+").length <= 12 ? credited : null;
    }

    /** The name in a trailing "— Reuters" line, or null. */
    static String dashCreditOf(String line) {
        Matcher matcher = DASH_CREDIT.matcher(line.strip());
        return matcher.matches() && isName(matcher.group(1)) ? matcher.group(1).strip() : null;
    }

    static boolean isDate(String line) {
        return DATE_LINE.matcher(line.strip()).matches();
    }

    /** An ISO date when the line holds one, else the line itself trimmed of dashes. */
    static String dateOf(String line) {
        Matcher iso = ISO_DATE.matcher(line);
        return iso.find() ? iso.group() : line.strip().replaceAll("^[\\-–—(\\s]+|[)\\s.]+$", "");
    }

    static String urlIn(String text) {
        Matcher matcher = URL.matcher(text);
        return matcher.find() ? matcher.group().replaceAll("[).,;]+$", "") : null;
    }

    /** The credited name with any URL taken out. */
    static String nameWithoutUrl(String credited) {
        String name = URL.matcher(credited).replaceAll("").replaceAll("[()\\[\\]]", "").strip();
        return name.isEmpty() ? null : name;
    }
}
