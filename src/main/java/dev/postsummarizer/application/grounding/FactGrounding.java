package dev.postsummarizer.application.grounding;

import dev.postsummarizer.domain.KeyFact;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the key facts a reader can trace to the post. A fact survives when
 * <ul>
 *   <li>its evidence is a verbatim span of the text (after {@link NormalisedText} normalisation), and</li>
 *   <li>every number and date in the fact occurs in its evidence or its attribution, and</li>
 *   <li>every proper name in the fact occurs in its evidence, its attribution or the sentence the evidence
 *       comes from (the reporter of a claim is often named just outside the quoted span).</li>
 * </ul>
 * The others are dropped with the reason, so the model can be told what failed.
 */
public final class FactGrounding {

    private final NormalisedText text;
    private final TermIndex wholeText;

    public FactGrounding(String postText) {
        this(NormalisedText.of(postText));
    }

    public FactGrounding(NormalisedText text) {
        this.text = text;
        this.wholeText = TermIndex.of(text.cased());
    }

    public Report check(List<KeyFact> facts) {
        List<KeyFact> kept = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (KeyFact fact : facts) {
            String reason = problem(fact);
            if (reason == null) {
                kept.add(fact);
            } else {
                failures.add(new Failure(fact, reason));
            }
        }
        return new Report(kept, failures);
    }

    /** Why a fact is not grounded, or null when it is. */
    String problem(KeyFact fact) {
        if (fact.fact() == null || fact.fact().isBlank()) {
            return "the fact is empty";
        }
        if (fact.evidence() == null || fact.evidence().isBlank()) {
            return "no evidence was given";
        }
        int at = text.find(fact.evidence());
        if (at < 0) {
            return "the evidence is not a verbatim quote from the text";
        }
        String attribution = fact.attribution() == null ? "" : fact.attribution();
        // an attribution to someone the text never mentions would smuggle a name in
        for (String name : ClaimTerms.capitalisedWords(attribution)) {
            if (!wholeText.supportsName(name)) {
                return "the attribution names \"" + name + "\", whom the text does not mention";
            }
        }
        String quoted = fact.evidence() + "\n" + attribution;
        TermIndex strict = TermIndex.of(quoted);
        ClaimTerms claim = ClaimTerms.of(fact.fact());
        for (String number : claim.numbers()) {
            if (!strict.supportsNumber(number)) {
                return "the number " + number + " is not in the evidence";
            }
        }
        int span = NormalisedText.of(fact.evidence()).cased().length();
        TermIndex context = TermIndex.of(quoted + "\n" + text.sentenceAround(at, span));
        for (String name : claim.names()) {
            if (!context.supportsName(name)) {
                return "the name \"" + name + "\" is not in the evidence";
            }
        }
        return null;
    }

    /** The facts that survived and the ones that did not, in the order given. */
    public record Report(List<KeyFact> kept, List<Failure> failures) {

        public Report {
            kept = List.copyOf(kept);
            failures = List.copyOf(failures);
        }

        public int dropped() {
            return failures.size();
        }
    }

    /** A dropped fact and why. */
    public record Failure(KeyFact fact, String reason) {
    }
}
