package dev.postsummarizer.config;

import dev.langchain4j.model.chat.ChatModel;
import dev.postsummarizer.adapter.out.llm.ChatModelFactory;
import dev.postsummarizer.adapter.out.llm.LangChain4jSummarizer;
import dev.postsummarizer.adapter.out.llm.ModelSettings;
import dev.postsummarizer.adapter.out.llm.SummaryPrompts;
import dev.postsummarizer.adapter.out.offline.OfflineSummarizer;
import dev.postsummarizer.application.CircuitBreakerSummarizer;
import dev.postsummarizer.application.DefaultTargetLanguage;
import dev.postsummarizer.application.FallbackSummarizer;
import dev.postsummarizer.application.PricedSummarizer;
import dev.postsummarizer.application.TokenBudget;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.port.Summarizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the summarizer by {@code summarizer.provider} at start-up: offline unless a provider is configured.
 * A model is wrapped, inside out: cost estimate (when prices are configured), circuit breaker, and the offline
 * fallback marked degraded (only when {@code summarizer.fallback-offline=true}).
 */
@ApplicationScoped
public class SummarizerProducer {

    /** What summarizer.model defaults to per provider: small, cheap models that follow a JSON shape well. */
    static final Map<String, String> DEFAULT_MODELS = Map.of(
            "openai", "gpt-4o-mini",
            "bedrock", "anthropic.claude-3-haiku-20240307-v1:0",
            "anthropic", "claude-3-5-haiku-latest",
            "ollama", "llama3.1");

    @Produces
    @ApplicationScoped
    Summarizer summarizer(SummarizerConfig config, Clock clock) {
        NeutralityLexicon lexicon = NeutralityLexicon.fromClasspath();
        OfflineSummarizer offline = new OfflineSummarizer(lexicon);
        String provider = config.provider().strip().toLowerCase(Locale.ROOT);
        Summarizer chosen = provider.isEmpty() || provider.equals("offline") ? offline
                : modelSummarizer(provider, config, clock, lexicon, offline);
        return config.targetLanguage().filter(l -> !l.isBlank())
                .<Summarizer>map(language -> new DefaultTargetLanguage(chosen, language.strip()))
                .orElse(chosen);
    }

    private static Summarizer modelSummarizer(String provider, SummarizerConfig config, Clock clock,
            NeutralityLexicon lexicon, OfflineSummarizer offline) {
        ModelSettings settings = settings(provider, config);
        Summarizer model = langChain4j(ChatModelFactory.create(settings), settings, config, lexicon);
        if (config.priceInputPerMillion().isPresent() && config.priceOutputPerMillion().isPresent()) {
            model = new PricedSummarizer(model, new PricedSummarizer.Prices(
                    config.priceInputPerMillion().getAsDouble(), config.priceOutputPerMillion().getAsDouble()));
        }
        model = new CircuitBreakerSummarizer(model, config.circuitBreakerFailures(),
                config.circuitBreakerOpenFor(), clock);
        return config.fallbackOffline() ? new FallbackSummarizer(model, offline) : model;
    }

    /** The summarizer around a chat model, with the configured prompts and input budget (no wrappers). */
    static LangChain4jSummarizer langChain4j(ChatModel chatModel, ModelSettings settings, SummarizerConfig config,
            NeutralityLexicon lexicon) {
        double charsPerToken = config.charsPerToken().orElse(settings.provider().equals("openai") ? 4.0 : 3.5);
        return new LangChain4jSummarizer(chatModel, settings, new SummaryPrompts(), lexicon,
                new TokenBudget(config.inputBudgetTokens(), charsPerToken));
    }

    static ModelSettings settings(String provider, SummarizerConfig config) {
        String model = config.model().orElseGet(() -> DEFAULT_MODELS.get(provider));
        if (model == null) {
            throw new IllegalStateException("unknown summarizer.provider '" + provider
                    + "' (expected openai, bedrock, anthropic, ollama or offline)");
        }
        return new ModelSettings(provider, model,
                config.apiKey().orElse(null),
                config.baseUrl().orElse(null),
                config.region().orElse(null),
                config.endpointOverride().orElse(null),
                config.awsAccessKeyId().orElse(null),
                config.awsSecretAccessKey().orElse(null),
                config.maxRetries(),
                config.timeout(),
                config.structuredOutput(),
                config.maxOutputTokens());
    }
}
