package dev.postsummarizer.application;

import dev.postsummarizer.application.port.DigestLog;
import dev.postsummarizer.application.port.DigestLog.Claim;
import dev.postsummarizer.application.port.DigestMailer;
import dev.postsummarizer.application.port.DigestRenderer;
import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.digest.Digest;
import dev.postsummarizer.domain.digest.RenderedDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Mails one day's digest, at most once per day: reads the day's posts from the store (a paged index query),
 * assembles and renders the digest within its size limit, claims the day in the digest log, sends, and
 * records the message id. A failed send releases the claim so that a retry can send it.
 */
public final class DailyDigest {

    /** Page size for reading a day's posts. */
    static final int PAGE_SIZE = 100;

    private final SummaryStore store;
    private final DigestRenderer renderer;
    private final DigestMailer mailer;
    private final DigestLog log;
    private final DigestSettings settings;
    private final Clock clock;
    private final DigestAssembler assembler = new DigestAssembler();

    public DailyDigest(SummaryStore store, DigestRenderer renderer, DigestMailer mailer, DigestLog log,
            DigestSettings settings, Clock clock) {
        this.store = store;
        this.renderer = renderer;
        this.mailer = mailer;
        this.log = log;
        this.settings = settings;
        this.clock = clock;
    }

    /** The day a scheduled run reports on: yesterday, in UTC. */
    public LocalDate defaultDay() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
    }

    public DigestOutcome send(LocalDate day) {
        DigestDraft draft = assembler.assemble(day, readDay(day), settings.apiBaseUrl(), settings.maxFailuresShown());
        if (draft.posts() == 0 && draft.failures() == 0 && !settings.sendEmpty()) {
            return outcome(draft, DigestOutcome.Status.EMPTY, null, 0);
        }
        Instant now = clock.instant();
        Claim claim = log.claim(day, now, now.plus(settings.lease()));
        if (claim instanceof Claim.AlreadySent sent) {
            return outcome(draft, DigestOutcome.Status.ALREADY_SENT, sent.messageId(), 0);
        }
        if (claim instanceof Claim.InProgress) {
            return outcome(draft, DigestOutcome.Status.IN_PROGRESS, null, 0);
        }
        Claim.Granted granted = (Claim.Granted) claim;
        Fitted message;
        String messageId;
        try {
            message = renderWithinLimit(draft);
            messageId = mailer.send(message.rendered());
        } catch (RuntimeException e) {
            log.markFailed(granted, e.getMessage() != null ? e.getMessage() : e.getClass().getName(), clock.instant());
            throw e;
        }
        log.markSent(granted, messageId, draft.posts(), clock.instant());
        return outcome(draft, DigestOutcome.Status.SENT, messageId, message.digest().shownStories());
    }

    private List<SummaryRecord> readDay(LocalDate day) {
        List<SummaryRecord> records = new ArrayList<>();
        String cursor = null;
        do {
            SummaryStore.DayPage page = store.listDay(day, PAGE_SIZE, cursor);
            records.addAll(page.records());
            cursor = page.nextCursor();
        } while (cursor != null);
        return records;
    }

    /**
     * Renders the whole day, or, when that exceeds the size limit, the largest number of latest stories that
     * fits (binary search: the size grows with every story shown).
     */
    private Fitted renderWithinLimit(DigestDraft draft) {
        Fitted whole = render(draft.complete());
        if (whole.rendered().bodyBytes() <= settings.maxBytes()) {
            return whole;
        }
        int low = 0;
        int high = draft.stories().size() - 1;
        Fitted best = render(draft.limitedTo(0));
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            Fitted candidate = render(draft.limitedTo(mid));
            if (candidate.rendered().bodyBytes() <= settings.maxBytes()) {
                low = mid;
                best = candidate;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    private Fitted render(Digest digest) {
        return new Fitted(digest, renderer.render(digest, subject(digest)));
    }

    /** The configured subject with {day} and {count} filled in. */
    String subject(Digest digest) {
        String count = switch (digest.posts()) {
            case 0 -> "nothing new";
            case 1 -> "1 post";
            default -> digest.posts() + " posts";
        };
        return settings.subjectPattern().replace("{day}", digest.day()).replace("{count}", count);
    }

    private static DigestOutcome outcome(DigestDraft draft, DigestOutcome.Status status, String messageId,
            int shownStories) {
        return new DigestOutcome(draft.day(), status, messageId, draft.posts(), draft.stories().size(), shownStories,
                draft.failures());
    }

    /** A rendered message and the digest it shows. */
    private record Fitted(Digest digest, RenderedDigest rendered) {
    }
}
