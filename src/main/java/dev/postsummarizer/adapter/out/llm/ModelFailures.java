package dev.postsummarizer.adapter.out.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;

/**
 * Turns what a model client throws into our failure kinds: throttling is RATE_LIMITED, server errors, timeouts
 * and unreachable endpoints are MODEL_UNAVAILABLE (both retryable); a request the provider rejects as malformed
 * or too long is MODEL_REJECTED (permanent: sending it again cannot help). Wrong credentials or an unknown model
 * are MODEL_UNAVAILABLE: a deployment fix makes the retry succeed, and the post itself is fine.
 */
final class ModelFailures {

    private ModelFailures() {
    }

    static ProcessingFailure map(String model, RuntimeException error) {
        if (error instanceof ProcessingFailure failure) {
            return failure;
        }
        Integer status = statusOf(error);
        if (error instanceof RateLimitException || (status != null && status == 429)) {
            return ProcessingFailure.of(FailureKind.RATE_LIMITED, model + " is throttling requests", error);
        }
        if (error instanceof AuthenticationException || error instanceof ModelNotFoundException) {
            return ProcessingFailure.of(FailureKind.MODEL_UNAVAILABLE,
                    model + " refused the credentials or does not exist: " + error.getMessage(), error);
        }
        if (error instanceof InvalidRequestException
                || (status != null && status >= 400 && status < 500 && status != 408)) {
            return ProcessingFailure.of(FailureKind.MODEL_REJECTED,
                    model + " rejected the request: " + shortMessage(error), error);
        }
        return ProcessingFailure.of(FailureKind.MODEL_UNAVAILABLE,
                model + " is unavailable: " + shortMessage(error), error);
    }

    private static Integer statusOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode();
            }
            if (t instanceof software.amazon.awssdk.awscore.exception.AwsServiceException aws) {
                return aws.statusCode();
            }
        }
        return null;
    }

    private static String shortMessage(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
