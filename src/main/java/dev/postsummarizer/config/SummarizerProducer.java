package dev.postsummarizer.config;

import dev.postsummarizer.adapter.out.llm.ChatModelFactory;
import dev.postsummarizer.adapter.out.llm.LangChain4jSummarizer;
import dev.postsummarizer.adapter.out.llm.ModelSettings;
import dev.postsummarizer.adapter.out.llm.SummaryPrompts;
import dev.postsummarizer.adapter.out.offline.OfflineSummarizer;
import dev.postsummarizer.application.CircuitBreakerSummarizer;
import dev.postsummarizer.application.FallbackSummarizer;
import dev.postsummarizer.application.PricedSummarizer;
import dev.postsummarizer.application.TokenBudget;
import dev.postsummarizer.application.grounding.NeutralityLexicon;
import dev.postsummarizer.application.port.Summarizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.Locale;

/**
 * Chooses the summarizer by {@code summarizer.provider} at start-up: offline unless a provider is configured.
 * A model is wrapped, inside out: cost estimate (when prices are configured), circuit breaker, and the offline
 * fallback marked degraded (only when {@code summarizer.fallback-offline=true}).
 */
@ApplicationScoped
public class SummarizerProducer {

    @Produces
    @ApplicationScoped
    Summarizer summarizer(SummarizerConfig config, Clock clock) {
        NeutralityLexicon lexicon = NeutralityLexicon.fromClasspath();
        OfflineSummarizer offline = new OfflineSummarizer(lexicon);
        String provider = config.provider().strip().toLowerCase(Locale.ROOT);
        if (provider.isEmpty() || provider.equals("offline")) {
            return offline;
        }
        ModelSettings settings = settings(provider, config);
        double charsPerToken = config.charsPerToken().orElse(provider.equals("openai") ? 4.0 : 3.5);
        Summarizer model = new LangChain4jSummarizer(ChatModelFactory.create(settings), settings,
                new SummaryPrompts(), lexicon, new TokenBudget(config.inputBudgetTokens(), charsPerToken));
        if (config.priceInputPerMillion().isPresent() && config.priceOutputPerMillion().isPresent()) {
            model = new PricedSummarizer(model, new PricedSummarizer.Prices(
                    config.priceInputPerMillion().getAsDouble(), config.priceOutputPerMillion().getAsDouble()));
        }
        model = new CircuitBreakerSummarizer(model, config.circuitBreakerFailures(),
                config.circuitBreakerOpenFor(), clock);
        return config.fallbackOffline() ? new FallbackSummarizer(model, offline) : model;
    }

    static ModelSettings settings(String provider, SummarizerConfig config) {
        String model = config.model().orElseThrow(() -> new IllegalStateException(
                "summarizer.model (SUMMARIZER_MODEL) is required when summarizer.provider=" + provider));
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
