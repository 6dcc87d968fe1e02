package dev.postsummarizer.domain.digest;

import java.util.List;

/** The digest's stories from one outlet, newest first. */
public record SiteSection(String site, List<DigestEntry> entries) {

    public SiteSection {
        entries = List.copyOf(entries);
    }
}
