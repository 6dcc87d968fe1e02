package dev.postsummarizer.adapter.out.llm;

import java.time.Duration;

/**
 * How to reach one chat model. Built from the {@code summarizer.*} configuration (see SummarizerConfig); a
 * plain record so adapters and tests do not depend on the config system.
 *
 * @param provider         openai, bedrock, anthropic or ollama
 * @param model            the provider's model name or id
 * @param apiKey           key for openai/anthropic, or null (local OpenAI-compatible servers often need none)
 * @param baseUrl          API base URL (openai: ".../v1"; anthropic, ollama), or null for the provider default
 * @param region           AWS region for bedrock, or null for the SDK's default chain
 * @param endpointOverride bedrock endpoint (a VPC endpoint, or a stub in tests), or null
 * @param awsAccessKeyId   static AWS key for bedrock (tests and local runs), or null for the default chain (IAM)
 * @param awsSecretKey     the matching secret, or null
 * @param maxRetries       retries of one call on throttling/server errors/timeouts (the client backs off)
 * @param timeout          total time one call may take
 * @param structuredOutput send a JSON schema as response format where the provider supports it
 * @param maxOutputTokens  cap on the reply's tokens
 */
public record ModelSettings(
        String provider,
        String model,
        String apiKey,
        String baseUrl,
        String region,
        String endpointOverride,
        String awsAccessKeyId,
        String awsSecretKey,
        int maxRetries,
        Duration timeout,
        boolean structuredOutput,
        int maxOutputTokens) {

    /** "openai/gpt-4o-mini": what the record's {@code model} field says. */
    public String qualifiedName() {
        return provider + "/" + model;
    }
}
