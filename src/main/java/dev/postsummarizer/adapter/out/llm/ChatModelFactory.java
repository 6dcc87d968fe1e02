package dev.postsummarizer.adapter.out.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/**
 * Builds the LangChain4j chat model for a provider. Temperature 0: the same post should give the same summary.
 * Retries are left to LangChain4j (which backs off between attempts); the AWS SDK's own retries are switched
 * off so the two do not multiply.
 */
public final class ChatModelFactory {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private ChatModelFactory() {
    }

    public static ChatModel create(ModelSettings settings) {
        return switch (settings.provider()) {
            case "openai" -> openAi(settings);
            case "bedrock" -> bedrock(settings);
            case "anthropic" -> anthropic(settings);
            case "ollama" -> ollama(settings);
            default -> throw new IllegalArgumentException("unknown summarizer.provider '" + settings.provider()
                    + "' (expected openai, bedrock, anthropic, ollama or offline)");
        };
    }

    /** Whether the provider takes a JSON schema as response format (the others get the strict parser alone). */
    public static boolean supportsJsonSchema(String provider) {
        return provider.equals("openai") || provider.equals("ollama");
    }

    private static ChatModel openAi(ModelSettings s) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .modelName(s.model())
                .apiKey(s.apiKey() == null ? "none" : s.apiKey())
                .temperature(0.0)
                .maxTokens(s.maxOutputTokens())
                .timeout(s.timeout())
                .maxRetries(s.maxRetries());
        if (s.structuredOutput()) {
            builder.strictJsonSchema(true);
        }
        if (s.baseUrl() != null) {
            builder.baseUrl(s.baseUrl());
        }
        return builder.build();
    }

    private static ChatModel bedrock(ModelSettings s) {
        BedrockRuntimeClientBuilder client = BedrockRuntimeClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(s.timeout()))
                .credentialsProvider(credentials(s));
        if (s.region() != null) {
            client.region(Region.of(s.region()));
        }
        if (s.endpointOverride() != null) {
            client.endpointOverride(URI.create(s.endpointOverride()));
        }
        return bedrockModel(s, client);
    }

    /**
     * The Bedrock model as configured, but every request goes to {@code http} (fixed region, a local endpoint
     * and dummy keys, so no credential is read): SnapStart priming answers it with a canned reply.
     */
    public static ChatModel bedrockAnsweredBy(ModelSettings s, SdkHttpClient http) {
        return bedrockModel(s, BedrockRuntimeClient.builder()
                .httpClient(http)
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"))));
    }

    private static ChatModel bedrockModel(ModelSettings s, BedrockRuntimeClientBuilder client) {
        client.overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()).apiCallTimeout(s.timeout()));
        return BedrockChatModel.builder()
                .client(client.build())
                .modelId(s.model())
                .maxRetries(s.maxRetries())
                .timeout(s.timeout())
                .defaultRequestParameters(dev.langchain4j.model.chat.request.ChatRequestParameters.builder()
                        .temperature(0.0)
                        .maxOutputTokens(s.maxOutputTokens())
                        .build())
                .build();
    }

    private static AwsCredentialsProvider credentials(ModelSettings s) {
        if (s.awsAccessKeyId() != null && s.awsSecretKey() != null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(s.awsAccessKeyId(), s.awsSecretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static ChatModel anthropic(ModelSettings s) {
        AnthropicChatModel.AnthropicChatModelBuilder builder = AnthropicChatModel.builder()
                .modelName(s.model())
                .apiKey(s.apiKey())
                .temperature(0.0)
                .maxTokens(s.maxOutputTokens())
                .timeout(s.timeout())
                .maxRetries(s.maxRetries());
        if (s.baseUrl() != null) {
            builder.baseUrl(s.baseUrl());
        }
        return builder.build();
    }

    private static ChatModel ollama(ModelSettings s) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder()
                .modelName(s.model())
                .temperature(0.0)
                .timeout(s.timeout())
                .maxRetries(s.maxRetries());
        builder.baseUrl(s.baseUrl() != null ? s.baseUrl() : "http://127.0.0.1:11434");
        return builder.build();
    }
}
