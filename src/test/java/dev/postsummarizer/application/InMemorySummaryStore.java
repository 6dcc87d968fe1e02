package dev.postsummarizer.application;

import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The store's contract (conditional writes on version and lease) over a map, for application tests. */
public final class InMemorySummaryStore implements SummaryStore {

    public final Map<String, SummaryRecord> items = new ConcurrentHashMap<>();

    @Override
    public Optional<SummaryRecord> find(String postId) {
        return Optional.ofNullable(items.get(postId));
    }

    @Override
    public synchronized Optional<SummaryRecord> acquireLease(SummaryRecord pending, Instant now) {
        SummaryRecord current = items.get(pending.postId());
        boolean free = current == null
                ? pending.version() == 0
                : current.version() == pending.version() && (current.status() != SummaryStatus.PENDING
                        || current.leaseUntil() == null || current.leaseUntil().isBefore(now));
        return free ? Optional.of(write(pending.withVersion(pending.version() + 1))) : Optional.empty();
    }

    @Override
    public synchronized Optional<SummaryRecord> replace(SummaryRecord updated, long expectedVersion) {
        SummaryRecord current = items.get(updated.postId());
        return current != null && current.version() == expectedVersion
                ? Optional.of(write(updated.withVersion(expectedVersion + 1)))
                : Optional.empty();
    }

    @Override
    public DayPage listDay(LocalDate day, int limit, String cursor) {
        List<SummaryRecord> records = items.values().stream()
                .filter(r -> day.toString().equals(r.digestDay()) && r.summarizedAt() != null)
                .sorted(Comparator.comparing(SummaryRecord::summarizedAt).reversed())
                .limit(limit)
                .toList();
        return new DayPage(records, null);
    }

    private SummaryRecord write(SummaryRecord record) {
        items.put(record.postId(), record);
        return record;
    }
}
