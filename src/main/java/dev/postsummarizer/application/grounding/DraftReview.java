package dev.postsummarizer.application.grounding;

import dev.postsummarizer.domain.KeyFact;
import java.util.ArrayList;
import java.util.List;

/**
 * All deterministic checks of one model answer against the post's text: key facts grounded (failures dropped),
 * the summary's numbers and names found in the text, loaded terms absent from the summary's own voice.
 * Build one per post ({@link #of}) and {@link #review} each answer; the text is normalised and indexed once.
 */
public final class DraftReview {

    /** Fewer surviving facts than this (after some failed) is worth one re-prompt listing the failures. */
    public static final int MIN_GROUNDED_FACTS = 2;

    private final FactGrounding grounding;
    private final SummaryCheck summaryCheck;
    private final NeutralityLexicon lexicon;
    private boolean translated;

    private DraftReview(String text, List<String> context, NeutralityLexicon lexicon) {
        NormalisedText normalised = NormalisedText.of(text);
        this.grounding = new FactGrounding(normalised);
        this.summaryCheck = new SummaryCheck(normalised, context);
        this.lexicon = lexicon;
    }

    public static DraftReview of(String text, NeutralityLexicon lexicon) {
        return new DraftReview(text, List.of(), lexicon);
    }

    /**
     * @param context metadata the summary may name besides the text (title, site, author, a repost's source);
     *                facts must still quote the text itself
     */
    public static DraftReview of(String text, List<String> context, NeutralityLexicon lexicon) {
        return new DraftReview(text, context, lexicon);
    }

    /**
     * The summary is written in another language than the text: its names are not checked (they may be
     * translated), its numbers still are. Facts keep their evidence in the text's language either way.
     */
    public DraftReview translated(boolean isTranslated) {
        this.translated = isTranslated;
        return this;
    }

    public Outcome review(String summary, List<KeyFact> facts) {
        FactGrounding.Report report = grounding.check(facts);
        List<NeutralityLexicon.Term> loaded = lexicon.flag(summary);
        return new Outcome(report, summaryCheck.unsupported(summary, !translated), loaded);
    }

    /**
     * @param facts       grounded facts and the dropped ones with reasons
     * @param unsupported the summary's numbers and names the text does not contain
     * @param loaded      loaded terms the summary uses outside quotes
     */
    public record Outcome(FactGrounding.Report facts, List<String> unsupported, List<NeutralityLexicon.Term> loaded) {

        public Outcome {
            unsupported = List.copyOf(unsupported);
            loaded = List.copyOf(loaded);
        }

        /** Too few facts survived because some failed, or the summary took sides: worth one re-prompt. */
        public boolean needsRevision() {
            boolean tooFewFacts = facts.dropped() > 0 && facts.kept().size() < MIN_GROUNDED_FACTS;
            return tooFewFacts || !loaded.isEmpty();
        }

        /** What to tell the model, one line a problem. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (FactGrounding.Failure failure : facts.failures()) {
                problems.add("key fact \"" + failure.fact().fact() + "\": " + failure.reason());
            }
            for (NeutralityLexicon.Term term : loaded) {
                problems.add("the summary uses the loaded " + term.kind() + " \"" + term.form()
                        + "\" in its own voice");
            }
            return problems;
        }

        /** What the stored record flags: unsupported numbers and names, then loaded terms left in. */
        public List<String> flags() {
            List<String> flags = new ArrayList<>(unsupported);
            for (NeutralityLexicon.Term term : loaded) {
                flags.add("loaded " + term.kind() + " " + term.form());
            }
            return flags;
        }

        /** A revision is better when it keeps more grounded facts or removes loaded terms without losing facts. */
        public boolean betterThan(Outcome other) {
            int facts = this.facts.kept().size() - other.facts.kept().size();
            if (facts != 0) {
                return facts > 0;
            }
            return loaded.size() <= other.loaded.size();
        }
    }
}
