package dev.postsummarizer.application;

import dev.postsummarizer.application.port.Summarizer;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.Summary;

/**
 * Puts an estimated cost on every summary: the tokens it used priced with the configured table (US dollars per
 * million input and output tokens). An estimate: providers round, cache and discount differently.
 */
public final class PricedSummarizer implements Summarizer {

    /** US dollars per million tokens. */
    public record Prices(double inputPerMillion, double outputPerMillion) {

        public double cost(long inputTokens, long outputTokens) {
            return (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000.0;
        }
    }

    private final Summarizer summarizer;
    private final Prices prices;

    public PricedSummarizer(Summarizer summarizer, Prices prices) {
        this.summarizer = summarizer;
        this.prices = prices;
    }

    @Override
    public Summary summarize(ExtractedPost post) {
        return summarize(new SummaryRequest(post, null, null));
    }

    @Override
    public Summary summarize(SummaryRequest request) {
        Summary summary = summarizer.summarize(request);
        return summary.withEstimatedCost(prices.cost(summary.inputTokens(), summary.outputTokens()));
    }

    @Override
    public String model() {
        return summarizer.model();
    }

    @Override
    public String promptVersion() {
        return summarizer.promptVersion();
    }
}
