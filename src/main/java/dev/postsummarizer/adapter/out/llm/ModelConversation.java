package dev.postsummarizer.adapter.out.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * One exchange with the model about one text: the messages so far (each answer is appended, so a re-prompt has
 * the context) and the tokens spent, added to a tally shared by all conversations of one post.
 */
final class ModelConversation {

    /** Tokens spent on one post, over all its calls. */
    static final class Tally {
        long inputTokens;
        long outputTokens;
    }

    private final ChatModel model;
    private final ModelSettings settings;
    private final SummaryPrompts prompts;
    private final Tally tally;
    private final DraftParser parser = new DraftParser();
    private final List<ChatMessage> messages = new ArrayList<>();

    ModelConversation(ChatModel model, ModelSettings settings, SummaryPrompts prompts, Tally tally, String system,
            String user) {
        this.model = model;
        this.settings = settings;
        this.prompts = prompts;
        this.tally = tally;
        messages.add(SystemMessage.from(system));
        messages.add(UserMessage.from(user));
    }

    /** The answer, with one repair re-prompt when it is not the agreed JSON; still invalid is permanent. */
    SummaryDraft draft() {
        String reply = ask();
        try {
            return parser.parse(reply);
        } catch (DraftParser.InvalidDraft first) {
            messages.add(UserMessage.from(prompts.repair(first.getMessage())));
            try {
                return parser.parse(ask());
            } catch (DraftParser.InvalidDraft second) {
                throw ProcessingFailure.of(FailureKind.MODEL_OUTPUT_INVALID, settings.qualifiedName()
                        + " did not return the agreed JSON after one repair attempt: " + second.getMessage());
            }
        }
    }

    /** A follow-up (a revision request): its answer, or null when invalid, since the first answer stands. */
    SummaryDraft followUp(String request) {
        messages.add(UserMessage.from(request));
        try {
            return parser.parse(ask());
        } catch (DraftParser.InvalidDraft invalid) {
            return null;
        }
    }

    private String ask() {
        ChatRequest.Builder request = ChatRequest.builder().messages(List.copyOf(messages));
        if (settings.structuredOutput() && ChatModelFactory.supportsJsonSchema(settings.provider())) {
            request.responseFormat(ResponseSchema.FORMAT);
        }
        ChatResponse response;
        try {
            response = model.chat(request.build());
        } catch (RuntimeException e) {
            throw ModelFailures.map(settings.qualifiedName(), e);
        }
        TokenUsage usage = response.tokenUsage();
        if (usage != null) {
            tally.inputTokens += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
            tally.outputTokens += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        }
        String reply = response.aiMessage() == null ? null : response.aiMessage().text();
        messages.add(AiMessage.from(reply == null || reply.isEmpty() ? "(empty reply)" : reply));
        return reply;
    }
}
