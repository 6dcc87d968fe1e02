package dev.postsummarizer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code summarizer.*}: which model writes the summaries. Every key can be set by environment variable
 * ({@code SUMMARIZER_PROVIDER}, {@code SUMMARIZER_MODEL}, …), so one artifact switches provider without a
 * rebuild. The keys are documented in README "Summarizer".
 */
@ConfigMapping(prefix = "summarizer")
public interface SummarizerConfig {

    /** openai, bedrock, anthropic, ollama or offline (the default: no network, no key). */
    @WithDefault("offline")
    String provider();

    /** The provider's model name or id (required for every provider but offline). */
    Optional<String> model();

    /** API key for openai and anthropic; local OpenAI-compatible servers usually need none. */
    Optional<String> apiKey();

    /** API base URL: any OpenAI-compatible server (".../v1"), an Anthropic gateway, or Ollama's address. */
    Optional<String> baseUrl();

    /** AWS region for bedrock (default: the SDK's chain, i.e. AWS_REGION on Lambda). */
    Optional<String> region();

    /** Bedrock endpoint override (VPC endpoint, or a stub in tests). */
    Optional<String> endpointOverride();

    /** Static AWS credentials for bedrock outside AWS (local runs, tests); on Lambda leave unset to use IAM. */
    Optional<String> awsAccessKeyId();

    Optional<String> awsSecretAccessKey();

    /** Retries of one call on 429/5xx/timeouts, with exponential backoff, inside the function's time budget. */
    @WithDefault("2")
    int maxRetries();

    /** Total time one model call may take. */
    @WithDefault("PT40S")
    Duration timeout();

    /** Send the reply's JSON schema as response format where the provider supports it (openai, ollama). */
    @WithDefault("true")
    boolean structuredOutput();

    /** Cap on the reply's tokens. */
    @WithDefault("1500")
    int maxOutputTokens();

    /**
     * When the model keeps failing, store the offline summary marked {@code degraded: true} instead of failing
     * (a later run replaces it). Off by default: the message is retried instead.
     */
    @WithDefault("false")
    boolean fallbackOffline();

    /** Text tokens one call may carry; a longer post is summarized in parts and combined (map-reduce). */
    @WithDefault("12000")
    int inputBudgetTokens();

    /** Characters per token for the budget estimate (default: 4.0 for openai, 3.5 for the others). */
    OptionalDouble charsPerToken();

    /** Retryable failures in a row that open the circuit breaker. */
    @WithName("circuit-breaker.failures")
    @WithDefault("5")
    int circuitBreakerFailures();

    /** How long an open circuit fails calls at once before letting one through. */
    @WithName("circuit-breaker.open-for")
    @WithDefault("PT60S")
    Duration circuitBreakerOpenFor();

    /** Price of a million input tokens in US dollars; with the output price, summaries get an estimated cost. */
    @WithName("price.input-per-million")
    OptionalDouble priceInputPerMillion();

    /** Price of a million output tokens in US dollars. */
    @WithName("price.output-per-million")
    OptionalDouble priceOutputPerMillion();
}
