package dev.postsummarizer.application;

import dev.postsummarizer.application.port.DigestLog;
import dev.postsummarizer.application.port.DigestMailer;
import dev.postsummarizer.application.port.DigestRenderer;
import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.FailureKind;
import dev.postsummarizer.domain.ProcessingFailure;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.digest.Digest;
import dev.postsummarizer.domain.digest.DigestEntry;
import dev.postsummarizer.domain.digest.RenderedDigest;
import dev.postsummarizer.domain.digest.SiteSection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory stand-ins for the digest's ports, with just enough behaviour to test DailyDigest's decisions. */
final class DigestFakes {

    private DigestFakes() {
    }

    /** A day's posts served in pages of the requested size, the cursor being the next offset. */
    static final class DayStore implements SummaryStore {
        final List<SummaryRecord> records = new ArrayList<>();
        int pagesServed;

        @Override
        public DayPage listDay(LocalDate day, int limit, String cursor) {
            List<SummaryRecord> ofDay = records.stream()
                    .filter(r -> day.toString().equals(r.digestDay()))
                    .sorted(Comparator.comparing(SummaryRecord::summarizedAt).reversed())
                    .toList();
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(ofDay.size(), from + limit);
            pagesServed++;
            return new DayPage(ofDay.subList(from, to), to < ofDay.size() ? Integer.toString(to) : null);
        }

        @Override
        public Optional<SummaryRecord> find(String postId) {
            throw new UnsupportedOperationException("the digest only lists days");
        }

        @Override
        public Optional<SummaryRecord> acquireLease(SummaryRecord pending, Instant now) {
            throw new UnsupportedOperationException("the digest only lists days");
        }

        @Override
        public Optional<SummaryRecord> replace(SummaryRecord updated, long expectedVersion) {
            throw new UnsupportedOperationException("the digest only lists days");
        }
    }

    /** Renders a readable outline: one line per section and entry; the size grows with every entry shown. */
    static final class OutlineRenderer implements DigestRenderer {
        final List<Digest> rendered = new ArrayList<>();

        @Override
        public RenderedDigest render(Digest digest, String subject) {
            rendered.add(digest);
            StringBuilder text = new StringBuilder();
            for (SiteSection section : digest.sections()) {
                text.append("# ").append(section.site()).append('\n');
                for (DigestEntry entry : section.entries()) {
                    text.append("- ").append(entry.title()).append(' ').append(entry.summary()).append('\n');
                }
            }
            return new RenderedDigest(subject, "<pre>" + text + "</pre>", text.toString());
        }
    }

    /** Records messages; can be told to fail the next sends. */
    static final class RecordingMailer implements DigestMailer {
        final List<RenderedDigest> sent = new ArrayList<>();
        int failuresToThrow;

        @Override
        public String send(RenderedDigest message) {
            if (failuresToThrow > 0) {
                failuresToThrow--;
                throw ProcessingFailure.of(FailureKind.UPSTREAM_UNAVAILABLE, "mail service unavailable");
            }
            sent.add(message);
            return "msg-" + sent.size();
        }
    }

    /** The claim protocol of the real log, kept in a map. */
    static final class MemoryDigestLog implements DigestLog {
        record State(String status, int attempt, Instant leaseUntil, String messageId, String error) {
        }

        final Map<LocalDate, State> days = new HashMap<>();

        @Override
        public Claim claim(LocalDate day, Instant now, Instant leaseUntil) {
            State state = days.get(day);
            if (state != null && state.status().equals("SENT")) {
                return new Claim.AlreadySent(day, state.messageId());
            }
            if (state != null && state.status().equals("SENDING") && state.leaseUntil().isAfter(now)) {
                return new Claim.InProgress(day, state.leaseUntil());
            }
            int attempt = state == null ? 1 : state.attempt() + 1;
            days.put(day, new State("SENDING", attempt, leaseUntil, null, null));
            return new Claim.Granted(day, attempt);
        }

        @Override
        public void markSent(Claim.Granted claim, String messageId, int posts, Instant now) {
            days.put(claim.day(), new State("SENT", claim.attempt(), null, messageId, null));
        }

        @Override
        public void markFailed(Claim.Granted claim, String error, Instant now) {
            days.put(claim.day(), new State("FAILED", claim.attempt(), null, null, error));
        }
    }
}
