package dev.postsummarizer.domain;

import java.time.Instant;
import java.util.List;

/** Builds a record field by field; every field starts null (0 for attempts and version). */
public final class SummaryRecordBuilder {

    private String postId;
    private String url;
    private String canonicalUrl;
    private String title;
    private String siteName;
    private String author;
    private String publishedAt;
    private String language;
    private SummaryStatus status;
    private String summary;
    private List<KeyFact> keyFacts;
    private List<String> topics;
    private String contentHash;
    private Integer wordCount;
    private String model;
    private String promptVersion;
    private Long inputTokens;
    private Long outputTokens;
    private Integer droppedFacts;
    private Boolean degraded;
    private List<String> unsupported;
    private Double estimatedCostUsd;
    private int attempts;
    private String lastError;
    private String failureKind;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant summarizedAt;
    private Instant leaseUntil;
    private String digestDay;
    private RepostSource source;
    private String skipReason;
    private String storyId;
    private String sketch;
    private String summaryLanguage;
    private long version;

    SummaryRecordBuilder() {
    }

    static SummaryRecordBuilder from(SummaryRecord r) {
        SummaryRecordBuilder b = new SummaryRecordBuilder();
        b.postId = r.postId();
        b.url = r.url();
        b.canonicalUrl = r.canonicalUrl();
        b.title = r.title();
        b.siteName = r.siteName();
        b.author = r.author();
        b.publishedAt = r.publishedAt();
        b.language = r.language();
        b.status = r.status();
        b.summary = r.summary();
        b.keyFacts = r.keyFacts();
        b.topics = r.topics();
        b.contentHash = r.contentHash();
        b.wordCount = r.wordCount();
        b.model = r.model();
        b.promptVersion = r.promptVersion();
        b.inputTokens = r.inputTokens();
        b.outputTokens = r.outputTokens();
        b.droppedFacts = r.droppedFacts();
        b.degraded = r.degraded();
        b.unsupported = r.unsupported();
        b.estimatedCostUsd = r.estimatedCostUsd();
        b.attempts = r.attempts();
        b.lastError = r.lastError();
        b.failureKind = r.failureKind();
        b.createdAt = r.createdAt();
        b.updatedAt = r.updatedAt();
        b.summarizedAt = r.summarizedAt();
        b.leaseUntil = r.leaseUntil();
        b.digestDay = r.digestDay();
        b.source = r.source();
        b.skipReason = r.skipReason();
        b.storyId = r.storyId();
        b.sketch = r.sketch();
        b.summaryLanguage = r.summaryLanguage();
        b.version = r.version();
        return b;
    }

    public SummaryRecordBuilder postId(String value) {
        this.postId = value;
        return this;
    }

    public SummaryRecordBuilder url(String value) {
        this.url = value;
        return this;
    }

    public SummaryRecordBuilder canonicalUrl(String value) {
        this.canonicalUrl = value;
        return this;
    }

    public SummaryRecordBuilder title(String value) {
        this.title = value;
        return this;
    }

    public SummaryRecordBuilder siteName(String value) {
        this.siteName = value;
        return this;
    }

    public SummaryRecordBuilder author(String value) {
        this.author = value;
        return this;
    }

    public SummaryRecordBuilder publishedAt(String value) {
        this.publishedAt = value;
        return this;
    }

    public SummaryRecordBuilder language(String value) {
        this.language = value;
        return this;
    }

    public SummaryRecordBuilder status(SummaryStatus value) {
        this.status = value;
        return this;
    }

    public SummaryRecordBuilder summary(String value) {
        this.summary = value;
        return this;
    }

    public SummaryRecordBuilder keyFacts(List<KeyFact> value) {
        this.keyFacts = value;
        return this;
    }

    public SummaryRecordBuilder topics(List<String> value) {
        this.topics = value;
        return this;
    }

    public SummaryRecordBuilder contentHash(String value) {
        this.contentHash = value;
        return this;
    }

    public SummaryRecordBuilder wordCount(Integer value) {
        this.wordCount = value;
        return this;
    }

    public SummaryRecordBuilder model(String value) {
        this.model = value;
        return this;
    }

    public SummaryRecordBuilder promptVersion(String value) {
        this.promptVersion = value;
        return this;
    }

    public SummaryRecordBuilder inputTokens(Long value) {
        this.inputTokens = value;
        return this;
    }

    public SummaryRecordBuilder outputTokens(Long value) {
        this.outputTokens = value;
        return this;
    }

    public SummaryRecordBuilder droppedFacts(Integer value) {
        this.droppedFacts = value;
        return this;
    }

    public SummaryRecordBuilder unsupported(List<String> value) {
        this.unsupported = value;
        return this;
    }

    public SummaryRecordBuilder estimatedCostUsd(Double value) {
        this.estimatedCostUsd = value;
        return this;
    }

    public SummaryRecordBuilder degraded(Boolean value) {
        this.degraded = value;
        return this;
    }

    public SummaryRecordBuilder attempts(int value) {
        this.attempts = value;
        return this;
    }

    public SummaryRecordBuilder lastError(String value) {
        this.lastError = value;
        return this;
    }

    public SummaryRecordBuilder failureKind(String value) {
        this.failureKind = value;
        return this;
    }

    public SummaryRecordBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public SummaryRecordBuilder updatedAt(Instant value) {
        this.updatedAt = value;
        return this;
    }

    public SummaryRecordBuilder summarizedAt(Instant value) {
        this.summarizedAt = value;
        return this;
    }

    public SummaryRecordBuilder leaseUntil(Instant value) {
        this.leaseUntil = value;
        return this;
    }

    public SummaryRecordBuilder digestDay(String value) {
        this.digestDay = value;
        return this;
    }

    public SummaryRecordBuilder source(RepostSource value) {
        this.source = value;
        return this;
    }

    public SummaryRecordBuilder skipReason(String value) {
        this.skipReason = value;
        return this;
    }

    public SummaryRecordBuilder storyId(String value) {
        this.storyId = value;
        return this;
    }

    public SummaryRecordBuilder sketch(String value) {
        this.sketch = value;
        return this;
    }

    public SummaryRecordBuilder summaryLanguage(String value) {
        this.summaryLanguage = value;
        return this;
    }

    public SummaryRecordBuilder version(long value) {
        this.version = value;
        return this;
    }

    public SummaryRecord build() {
        return new SummaryRecord(postId, url, canonicalUrl, title, siteName, author, publishedAt, language,
                status, summary, keyFacts, topics, contentHash, wordCount, model, promptVersion, inputTokens,
                outputTokens, droppedFacts, degraded, attempts, lastError, failureKind, createdAt, updatedAt,
                summarizedAt, leaseUntil, digestDay, source, skipReason, storyId, sketch, summaryLanguage,
                unsupported, estimatedCostUsd, version);
    }
}
