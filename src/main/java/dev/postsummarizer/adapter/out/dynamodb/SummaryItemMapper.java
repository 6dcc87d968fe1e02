package dev.postsummarizer.adapter.out.dynamodb;

import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a {@link SummaryRecord} to a DynamoDB item and back. Null fields are left out of the item (DynamoDB
 * has no use for empty attributes, and a sparse {@code digestDay} keeps unfinished items out of the GSI).
 * Times are ISO-8601 strings so that they sort as text in the {@code byDigestDay} index.
 */
final class SummaryItemMapper {

    static final String POST_ID = "postId";
    static final String STATUS = "status";
    static final String VERSION = "version";
    static final String LEASE_UNTIL = "leaseUntil";
    static final String DIGEST_DAY = "digestDay";
    static final String SUMMARIZED_AT = "summarizedAt";
    static final String EXPIRES_AT = "expiresAt";
    static final String SOURCE = "source";

    private SummaryItemMapper() {
    }

    static Map<String, AttributeValue> toItem(SummaryRecord r, Long expiresAtEpochSeconds) {
        Map<String, AttributeValue> item = new HashMap<>();
        putString(item, POST_ID, r.postId());
        putString(item, "url", r.url());
        putString(item, "canonicalUrl", r.canonicalUrl());
        putString(item, "title", r.title());
        putString(item, "siteName", r.siteName());
        putString(item, "author", r.author());
        putString(item, "publishedAt", r.publishedAt());
        putString(item, "language", r.language());
        putString(item, STATUS, r.status().name());
        putString(item, "summary", r.summary());
        if (!r.keyFacts().isEmpty()) {
            List<AttributeValue> facts = new ArrayList<>();
            for (KeyFact fact : r.keyFacts()) {
                Map<String, AttributeValue> m = new HashMap<>();
                putString(m, "fact", fact.fact());
                putString(m, "evidence", fact.evidence());
                putString(m, "attribution", fact.attribution());
                facts.add(AttributeValue.fromM(m));
            }
            item.put("keyFacts", AttributeValue.fromL(facts));
        }
        if (!r.topics().isEmpty()) {
            item.put("topics", AttributeValue.fromL(r.topics().stream().map(AttributeValue::fromS).toList()));
        }
        putString(item, "contentHash", r.contentHash());
        putNumber(item, "wordCount", r.wordCount());
        putString(item, "model", r.model());
        putString(item, "promptVersion", r.promptVersion());
        putNumber(item, "inputTokens", r.inputTokens());
        putNumber(item, "outputTokens", r.outputTokens());
        putNumber(item, "droppedFacts", r.droppedFacts());
        if (r.degraded() != null) {
            item.put("degraded", AttributeValue.fromBool(r.degraded()));
        }
        if (!r.unsupported().isEmpty()) {
            item.put("unsupported", AttributeValue.fromL(r.unsupported().stream().map(AttributeValue::fromS).toList()));
        }
        putNumber(item, "estimatedCostUsd", r.estimatedCostUsd());
        putNumber(item, "attempts", r.attempts());
        putString(item, "lastError", r.lastError());
        putString(item, "failureKind", r.failureKind());
        putInstant(item, "createdAt", r.createdAt());
        putInstant(item, "updatedAt", r.updatedAt());
        putInstant(item, SUMMARIZED_AT, r.summarizedAt());
        putInstant(item, LEASE_UNTIL, r.leaseUntil());
        putString(item, DIGEST_DAY, r.digestDay());
        if (r.source() != null) {
            item.put(SOURCE, sourceAttribute(r.source()));
        }
        putString(item, "skipReason", r.skipReason());
        putString(item, "storyId", r.storyId());
        putString(item, "sketch", r.sketch());
        putString(item, "summaryLanguage", r.summaryLanguage());
        putNumber(item, VERSION, r.version());
        putNumber(item, EXPIRES_AT, expiresAtEpochSeconds);
        return item;
    }

    static SummaryRecord fromItem(Map<String, AttributeValue> item) {
        List<KeyFact> facts = new ArrayList<>();
        AttributeValue factList = item.get("keyFacts");
        if (factList != null && factList.hasL()) {
            for (AttributeValue value : factList.l()) {
                Map<String, AttributeValue> m = value.m();
                facts.add(new KeyFact(string(m, "fact"), string(m, "evidence"), string(m, "attribution")));
            }
        }
        List<String> topics = new ArrayList<>();
        AttributeValue topicList = item.get("topics");
        if (topicList != null && topicList.hasL()) {
            topicList.l().forEach(v -> topics.add(v.s()));
        }
        AttributeValue degraded = item.get("degraded");
        List<String> unsupported = new ArrayList<>();
        AttributeValue unsupportedList = item.get("unsupported");
        if (unsupportedList != null && unsupportedList.hasL()) {
            unsupportedList.l().forEach(v -> unsupported.add(v.s()));
        }
        AttributeValue cost = item.get("estimatedCostUsd");
        Long attempts = number(item, "attempts");
        Long version = number(item, VERSION);
        return SummaryRecord.builder()
                .postId(string(item, POST_ID))
                .url(string(item, "url"))
                .canonicalUrl(string(item, "canonicalUrl"))
                .title(string(item, "title"))
                .siteName(string(item, "siteName"))
                .author(string(item, "author"))
                .publishedAt(string(item, "publishedAt"))
                .language(string(item, "language"))
                .status(SummaryStatus.valueOf(string(item, STATUS)))
                .summary(string(item, "summary"))
                .keyFacts(facts)
                .topics(topics)
                .contentHash(string(item, "contentHash"))
                .wordCount(toInteger(number(item, "wordCount")))
                .model(string(item, "model"))
                .promptVersion(string(item, "promptVersion"))
                .inputTokens(number(item, "inputTokens"))
                .outputTokens(number(item, "outputTokens"))
                .droppedFacts(toInteger(number(item, "droppedFacts")))
                .degraded(degraded == null ? null : degraded.bool())
                .unsupported(unsupported)
                .estimatedCostUsd(cost == null ? null : Double.valueOf(cost.n()))
                .attempts(attempts == null ? 0 : attempts.intValue())
                .lastError(string(item, "lastError"))
                .failureKind(string(item, "failureKind"))
                .createdAt(instant(item, "createdAt"))
                .updatedAt(instant(item, "updatedAt"))
                .summarizedAt(instant(item, SUMMARIZED_AT))
                .leaseUntil(instant(item, LEASE_UNTIL))
                .digestDay(string(item, DIGEST_DAY))
                .source(sourceOf(item.get(SOURCE)))
                .skipReason(string(item, "skipReason"))
                .storyId(string(item, "storyId"))
                .sketch(string(item, "sketch"))
                .summaryLanguage(string(item, "summaryLanguage"))
                .version(version == null ? 0 : version)
                .build();
    }

    private static AttributeValue sourceAttribute(RepostSource source) {
        Map<String, AttributeValue> m = new HashMap<>();
        putString(m, "name", source.name());
        putString(m, "url", source.url());
        putString(m, "publishedAt", source.publishedAt());
        return AttributeValue.fromM(m);
    }

    private static RepostSource sourceOf(AttributeValue value) {
        if (value == null || !value.hasM()) {
            return null;
        }
        Map<String, AttributeValue> m = value.m();
        return new RepostSource(string(m, "name"), string(m, "url"), string(m, "publishedAt"));
    }

    private static void putString(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    private static void putNumber(Map<String, AttributeValue> item, String name, Number value) {
        if (value != null) {
            item.put(name, AttributeValue.fromN(value.toString()));
        }
    }

    private static void putInstant(Map<String, AttributeValue> item, String name, Instant value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value.toString()));
        }
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static Long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Long.valueOf(value.n());
    }

    private static Integer toInteger(Long value) {
        return value == null ? null : value.intValue();
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = string(item, name);
        return value == null ? null : Instant.parse(value);
    }
}
