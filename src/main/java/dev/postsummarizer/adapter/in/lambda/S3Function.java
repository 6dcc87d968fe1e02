package dev.postsummarizer.adapter.in.lambda;

import dev.postsummarizer.adapter.in.lambda.s3.S3Event;
import dev.postsummarizer.adapter.out.telemetry.InvocationContext;
import dev.postsummarizer.application.ImportUrlList;
import dev.postsummarizer.application.ImportUrlList.ImportReport;
import dev.postsummarizer.application.UrlList.BadEntry;
import dev.postsummarizer.domain.PermanentFailure;
import io.quarkus.funqy.Funq;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * S3 ObjectCreated: enqueues the URLs listed in each new object. A file that can never be read (too large,
 * not UTF-8, not a JSON array, gone) is reported in the result and the log; a storage or queue outage is
 * thrown so that Lambda retries the event.
 */
public class S3Function {

    private static final Logger LOG = Logger.getLogger(S3Function.class);

    private final ImportUrlList importUrlList;

    public S3Function(ImportUrlList importUrlList) {
        this.importUrlList = importUrlList;
    }

    @Funq("s3")
    public ImportResult s3(S3Event event) {
        try (var invocation = InvocationContext.open("s3")) {
            return importAll(event);
        }
    }

    private ImportResult importAll(S3Event event) {
        List<FileResult> files = new ArrayList<>();
        for (S3Event.Record record : event == null ? List.<S3Event.Record>of() : event.records()) {
            try {
                ImportReport report = importUrlList.importObject(record.bucket(), record.key());
                files.add(new FileResult(report.bucket(), report.key(), report.enqueued(), report.duplicates(),
                        report.bad(), null));
            } catch (PermanentFailure refused) {
                LOG.warnf("s3://%s/%s refused: %s", record.bucket(), record.key(), refused.getMessage());
                files.add(new FileResult(record.bucket(), record.key(), 0, 0, List.of(), refused.getMessage()));
            }
        }
        return new ImportResult(files);
    }

    /** What the function did with each object of the event. */
    public record ImportResult(List<FileResult> files) {
    }

    /** @param error why the whole file was refused, else null */
    public record FileResult(String bucket, String key, int enqueued, int duplicates, List<BadEntry> bad,
            String error) {
    }
}
