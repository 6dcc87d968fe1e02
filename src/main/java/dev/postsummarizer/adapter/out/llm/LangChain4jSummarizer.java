package dev.postsummarizer.adapter.out.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.postsummarizer.application.RepostAttribution;
import dev.postsummarizer.application.grounding.DraftReview;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
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
 * At most three calls per post: the first, one repair, one revision.
 */
public final class LangChain4jSummarizer implements Summarizer {

    private final ChatModel model;
    private final ModelSettings settings;
    private final SummaryPrompts prompts;
    private final NeutralityLexicon lexicon;
    private final DraftParser parser = new DraftParser();

    public LangChain4jSummarizer(ChatModel model, ModelSettings settings, SummaryPrompts prompts,
            NeutralityLexicon lexicon) {
        this.model = model;
        this.settings = settings;
        this.prompts = prompts;
        this.lexicon = lexicon;
    }

    @Override
    public Summary summarize(ExtractedPost post) {
        return summarize(new SummaryRequest(post, null, null));
    }

    @Override
    public Summary summarize(SummaryRequest request) {
        String text = request.post().text();
        String fence = prompts.newFence(text);
        Conversation conversation = new Conversation();
        conversation.add(SystemMessage.from(prompts.system(request, fence)));
        conversation.add(UserMessage.from(prompts.user(text, request.post(), fence)));

        SummaryDraft draft = askForDraft(conversation);
        DraftReview review = DraftReview.of(text, context(request), lexicon).translated(isTranslation(request));
        DraftReview.Outcome outcome = review.review(draft.summary(), draft.keyFacts());
        if (outcome.needsRevision()) {
            conversation.add(UserMessage.from(prompts.revise(outcome.problems())));
            SummaryDraft revised = askOnce(conversation);
            if (revised != null) {
                DraftReview.Outcome revisedOutcome = review.review(revised.summary(), revised.keyFacts());
                if (revisedOutcome.betterThan(outcome)) {
                    draft = revised;
                    outcome = revisedOutcome;
                }
            }
        }
        return new Summary(
                RepostAttribution.apply(draft.summary(), request.source()),
                outcome.facts().kept(),
                draft.language(),
                draft.topics(),
                model(),
                promptVersion(),
                conversation.inputTokens,
                conversation.outputTokens,
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

    /** The first answer, with one repair re-prompt when it is not the agreed JSON. */
    private SummaryDraft askForDraft(Conversation conversation) {
        String reply = conversation.ask();
        try {
            return parser.parse(reply);
        } catch (DraftParser.InvalidDraft first) {
            conversation.add(UserMessage.from(prompts.repair(first.getMessage())));
            String repaired = conversation.ask();
            try {
                return parser.parse(repaired);
            } catch (DraftParser.InvalidDraft second) {
                throw ProcessingFailure.of(FailureKind.MODEL_OUTPUT_INVALID, model()
                        + " did not return the agreed JSON after one repair attempt: " + second.getMessage());
            }
        }
    }

    /** A revision: kept only when valid, since the first answer is already usable. */
    private SummaryDraft askOnce(Conversation conversation) {
        try {
            return parser.parse(conversation.ask());
        } catch (DraftParser.InvalidDraft invalid) {
            return null;
        }
    }

    /** The messages so far and the tokens spent; each answer is appended so a re-prompt has the context. */
    private final class Conversation {
        private final List<ChatMessage> messages = new ArrayList<>();
        private long inputTokens;
        private long outputTokens;

        void add(ChatMessage message) {
            messages.add(message);
        }

        String ask() {
            ChatRequest.Builder request = ChatRequest.builder().messages(List.copyOf(messages));
            if (settings.structuredOutput() && ChatModelFactory.supportsJsonSchema(settings.provider())) {
                request.responseFormat(ResponseSchema.FORMAT);
            }
            ChatResponse response;
            try {
                response = model.chat(request.build());
            } catch (RuntimeException e) {
                throw ModelFailures.map(model(), e);
            }
            TokenUsage usage = response.tokenUsage();
            if (usage != null) {
                inputTokens += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
                outputTokens += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            }
            String reply = response.aiMessage() == null ? null : response.aiMessage().text();
            messages.add(AiMessage.from(reply == null || reply.isEmpty() ? "(empty reply)" : reply));
            return reply;
        }
    }
}
