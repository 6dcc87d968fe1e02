package dev.postsummarizer.benchmark;

import java.util.List;

/**
 * One page of an evaluation set with its gold standard.
 *
 * @param set       the set's folder name
 * @param type      page type within the set (article, forum, case)
 * @param reference the gold main text (for forum threads: all posts joined)
 * @param with      snippets that must appear (WCXB), else empty
 * @param without   snippets that must not appear (WCXB), else empty
 * @param title     gold title, or null
 * @param posts     gold posts (WEB-FORUM-52), else empty
 */
record EvalPage(String set, String id, String type, String url, String html, String reference, List<String> with,
        List<String> without, String title, List<GoldPost> posts) {

    /** One gold post: the poster as the page shows it (a name or a profile link) and the post's text. */
    record GoldPost(String user, String text) {
    }
}
