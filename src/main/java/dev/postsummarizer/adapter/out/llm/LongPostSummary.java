package dev.postsummarizer.adapter.out.llm;

import dev.postsummarizer.application.grounding.DraftReview;
import dev.postsummarizer.application.port.Summarizer.SummaryRequest;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.Summary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Map-reduce for a text over the input budget: each part (cut between paragraphs, so a thread's opening post
 * comes first) is summarized with its key facts (map), then one call combines the parts' summaries into the
 * post's summary (reduce). The key facts are the parts' facts, in the post's order, re-grounded against the
 * whole text and de-duplicated; the reduce call contributes no facts, as it never sees the text itself.
 */
final class LongPostSummary {

    private static final int MAX_KEY_FACTS = 8;

    private final LangChain4jSummarizer summarizer;
    private final SummaryRequest request;
    private final DraftReview review;
    private final ModelConversation.Tally tally;

    LongPostSummary(LangChain4jSummarizer summarizer, SummaryRequest request, DraftReview review,
            ModelConversation.Tally tally) {
        this.summarizer = summarizer;
        this.request = request;
        this.review = review;
        this.tally = tally;
    }

    Summary summarize(List<String> parts) {
        SummaryPrompts prompts = summarizer.prompts();
        List<String> partSummaries = new ArrayList<>();
        List<KeyFact> facts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String fence = prompts.newFence(parts.get(i));
            SummaryDraft part = summarizer.conversation(tally, prompts.system(request, fence),
                    prompts.part(parts.get(i), request.post(), fence, i + 1, parts.size())).draft();
            partSummaries.add(part.summary());
            facts.addAll(part.keyFacts());
        }
        String joined = String.join("\n", partSummaries);
        String fence = prompts.newFence(joined);
        ModelConversation reduce = summarizer.conversation(tally, prompts.system(request, fence),
                prompts.reduce(partSummaries, fence));
        SummaryDraft combined = reduce.draft();
        List<KeyFact> distinct = distinctByEvidence(facts);
        DraftReview.Outcome outcome = review.review(combined.summary(), distinct);
        if (!outcome.loaded().isEmpty()) {
            SummaryDraft rewritten = reduce.followUp(prompts.revise(outcome.problems().stream()
                    .filter(p -> p.startsWith("the summary")).toList()));
            if (rewritten != null) {
                DraftReview.Outcome rewrittenOutcome = review.review(rewritten.summary(), distinct);
                if (rewrittenOutcome.loaded().size() < outcome.loaded().size()) {
                    combined = rewritten;
                    outcome = rewrittenOutcome;
                }
            }
        }
        List<KeyFact> kept = outcome.facts().kept();
        SummaryDraft result = new SummaryDraft(combined.summary(), kept.subList(0, Math.min(MAX_KEY_FACTS, kept.size())),
                combined.language(), combined.topics());
        return summarizer.result(request, result, outcome, tally);
    }

    private static List<KeyFact> distinctByEvidence(List<KeyFact> facts) {
        Set<String> seen = new HashSet<>();
        List<KeyFact> distinct = new ArrayList<>();
        for (KeyFact fact : facts) {
            String key = fact.evidence() == null ? "" : fact.evidence().strip().toLowerCase(java.util.Locale.ROOT);
            if (seen.add(key)) {
                distinct.add(fact);
            }
        }
        return distinct;
    }
}
