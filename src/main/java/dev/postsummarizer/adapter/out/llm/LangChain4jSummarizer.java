package dev.postsummarizer.adapter.out.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.postsummarizer.application.RepostAttribution;
import dev.postsummarizer.application.TokenBudget;
import dev.postsummarizer.application.grounding.DraftReview;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * Summarizes with a LangChain4j chat model in one structured call, then checks the answer:
 * <ol>
 *   <li>a reply that is not the agreed JSON gets one repair re-prompt; still invalid is MODEL_OUTPUT_INVALID;</li>
 *   <li>key facts are grounded in the text ({@link DraftReview}); when some failed and fewer than two survived,
 *       or the summary uses loaded terms in its own voice, one revision request lists the problems, and the
 *       revised answer is kept when it is valid and no worse;</li>
 *   <li>the summary's unsupported numbers and names are flagged on the result; a repost is credited.</li>
 * </ol>
 * At most three calls per post: the first, one repair, one revision. A text over the input budget is summarized
 * in parts and combined ({@link LongPostSummary}).
 */
public final class LangChain4jSummarizer implements Summarizer {

    private final ChatModel model;
    private final ModelSettings settings;
    private final SummaryPrompts prompts;
    private final NeutralityLexicon lexicon;
    private final TokenBudget budget;

    public LangChain4jSummarizer(ChatModel model, ModelSettings settings, SummaryPrompts prompts,
            NeutralityLexicon lexicon, TokenBudget budget) {
        this.model = model;
        this.settings = settings;
        this.prompts = prompts;
        this.lexicon = lexicon;
        this.budget = budget;
    }

    @Override
    public Summary summarize(ExtractedPost post) {
        return summarize(new SummaryRequest(post, null, null));
    }

    @Override
    public Summary summarize(SummaryRequest request) {
        String text = request.post().text();
        ModelConversation.Tally tally = new ModelConversation.Tally();
        DraftReview review = DraftReview.of(text, context(request), lexicon).translated(isTranslation(request));
        if (!budget.fits(text)) {
            return new LongPostSummary(this, request, review, tally).summarize(budget.split(request.post().paragraphs()));
        }
        String fence = prompts.newFence(text);
        ModelConversation conversation = conversation(tally, prompts.system(request, fence),
                prompts.user(text, request.post(), fence));
        SummaryDraft draft = conversation.draft();
        DraftReview.Outcome outcome = review.review(draft.summary(), draft.keyFacts());
        if (outcome.needsRevision()) {
            SummaryDraft revised = conversation.followUp(prompts.revise(outcome.problems()));
            if (revised != null) {
                DraftReview.Outcome revisedOutcome = review.review(revised.summary(), revised.keyFacts());
                if (revisedOutcome.betterThan(outcome)) {
                    draft = revised;
                    outcome = revisedOutcome;
                }
            }
        }
        return result(request, draft, outcome, tally);
    }

    ModelConversation conversation(ModelConversation.Tally tally, String system, String user) {
        return new ModelConversation(model, settings, prompts, tally, system, user);
    }

    SummaryPrompts prompts() {
        return prompts;
    }

    Summary result(SummaryRequest request, SummaryDraft draft, DraftReview.Outcome outcome,
            ModelConversation.Tally tally) {
        return new Summary(
                RepostAttribution.apply(draft.summary(), request.source()),
                outcome.facts().kept(),
                draft.language(),
                draft.topics(),
                model(),
                promptVersion(),
                tally.inputTokens,
                tally.outputTokens,
                outcome.facts().dropped(),
                false,
                outcome.flags());
    }

    /** A target language other than the post's own (compared by primary subtag: "en-GB" is "en"). */
    static boolean isTranslation(SummaryRequest request) {
        String target = request.targetLanguage();
        if (target == null || target.isBlank()) {
            return false;
        }
        String own = request.post().language();
        return own == null || !primary(own).equals(primary(target));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** What the summary may name besides the text: the page's metadata and a repost's source. */
    private static List<String> context(SummaryRequest request) {
        ExtractedPost post = request.post();
        List<String> context = new ArrayList<>();
        context.add(post.title());
        context.add(post.siteName());
        context.add(post.author());
        context.add(post.publishedAt());
        if (request.source() != null) {
            context.add(request.source().name());
            context.add(request.source().publishedAt());
        }
        return context;
    }

    @Override
    public String model() {
        return settings.qualifiedName();
    }

    @Override
    public String promptVersion() {
        return prompts.version();
    }
}
