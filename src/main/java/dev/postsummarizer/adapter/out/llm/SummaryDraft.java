package dev.postsummarizer.adapter.out.llm;

import dev.postsummarizer.domain.KeyFact;
import java.util.List;

/** The model's answer as parsed, before grounding. */
record SummaryDraft(String summary, List<KeyFact> keyFacts, String language, List<String> topics) {

    SummaryDraft {
        keyFacts = List.copyOf(keyFacts);
        topics = List.copyOf(topics);
    }
}
