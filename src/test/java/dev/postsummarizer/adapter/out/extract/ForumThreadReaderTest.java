package dev.postsummarizer.adapter.out.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small hand-written thread pages in each platform's markup: posts in order, authors, times, no chrome. */
class ForumThreadReaderTest {

    private final JsoupContentExtractor extractor = new JsoupContentExtractor();

    @Test
    void xenForoThreadWithQuoteAndSignature() {
        String page = """
                <html><body><div class="p-body"><h1 class="p-title-value">Best budget headphones?</h1>
                <article class="message message--post" data-author="anna">
                  <h4 class="message-name"><a class="username" href="/members/anna.1/">anna</a></h4>
                  <time class="u-dt" datetime="2024-02-01T10:00:00+0000">Feb 1</time>
                  <div class="message-body"><div class="bbWrapper">Looking for closed headphones under 100 euros for the office.</div></div>
                  <div class="message-signature">Sent from my phone</div>
                  <div class="reactionsBar">Like 3</div>
                </article>
                <article class="message message--post" data-author="ben">
                  <h4 class="message-name"><a class="username" href="/members/ben.2/">ben</a></h4>
                  <time class="u-dt" datetime="2024-02-01T11:00:00+0000">Feb 1</time>
                  <div class="message-body"><div class="bbWrapper">
                    <blockquote class="bbCodeBlock bbCodeBlock--quote">anna said: Looking for closed headphones</blockquote>
                    Try the ones with replaceable pads, they last for years.</div></div>
                </article></div></body></html>
                """;
        List<ForumPost> posts = extractor.extract(page, "https://forum.example/threads/best.1/").posts();
        assertEquals(List.of(
                new ForumPost("anna", "2024-02-01T10:00:00+0000",
                        "Looking for closed headphones under 100 euros for the office.", true),
                new ForumPost("ben", "2024-02-01T11:00:00+0000",
                        "Try the ones with replaceable pads, they last for years.", false)), posts);
    }

    @Test
    void phpBbTopic() {
        String page = """
                <html><body><h2 class="topic-title">Kernel panic after update</h2>
                <div id="p11" class="post has-profile bg2"><div class="postbody">
                  <p class="author"><a class="username" href="./memberlist.php?u=5">tux</a> » <time datetime="2023-05-01T08:00:00+00:00">Mon May 01</time></p>
                  <div class="content">After the last update the machine stops at boot with a kernel panic.</div>
                  <div id="sig11" class="signature">My rig: many cores</div></div></div>
                <div id="p12" class="post has-profile bg1"><div class="postbody">
                  <p class="author"><a class="username-coloured" href="./memberlist.php?u=6">admin</a> » <time datetime="2023-05-01T09:00:00+00:00">Mon May 01</time></p>
                  <div class="content">Boot the previous kernel from the menu and file a bug.</div></div></div>
                </body></html>
                """;
        ExtractedPost post = extractor.extract(page, "https://forum.example/viewtopic.php?t=3");
        assertEquals(2, post.posts().size());
        assertEquals("tux", post.posts().get(0).author());
        assertEquals("2023-05-01T08:00:00+00:00", post.posts().get(0).publishedAt());
        assertEquals("After the last update the machine stops at boot with a kernel panic.", post.text());
        assertEquals("admin", post.posts().get(1).author());
        assertFalse(post.posts().get(0).text().contains("My rig"));
    }

    @Test
    void discourseCrawlerViewInsideNoscript() {
        String page = """
                <html><body><div id="app">Loading…</div><noscript data-path="/t/x/1">
                <div id="main-outlet"><div itemscope itemtype="http://schema.org/DiscussionForumPosting">
                  <div id="post_1" class="topic-body crawler-post">
                    <span class="creator" itemprop="author"><span itemprop="name">carla</span></span>
                    <time datetime="2024-09-05T23:15:57Z" class="post-time">Sep 5</time>
                    <div class="post" itemprop="text"><p>The resolver in the new release ignores the search domain list entirely, so short host names no longer resolve on our build machines.</p></div>
                  </div>
                  <div id="post_2" itemprop="comment" class="topic-body crawler-post">
                    <span class="creator" itemprop="author"><span itemprop="name">dev</span></span>
                    <time datetime="2024-09-06T08:00:00Z" class="post-time">Sep 6</time>
                    <div class="post" itemprop="text"><p>Confirmed, we can reproduce it on a clean install; a fix is in the next patch release, due in two weeks.</p></div>
                  </div>
                </div></div></noscript></body></html>
                """;
        ExtractedPost post = extractor.extract(page, "https://discuss.example/t/resolver/1");
        assertEquals(2, post.posts().size());
        assertEquals("carla", post.author());
        assertEquals("The resolver in the new release ignores the search domain list entirely, so short host names "
                + "no longer resolve on our build machines.", post.text());
        assertEquals("dev", post.posts().get(1).author());
    }

    @Test
    void unknownSoftwareIsReadFromTheRepeatedPostStructure() {
        StringBuilder page = new StringBuilder("<html><body><h1>Which tent for the Alps?</h1><div class=\"thread\">");
        String[][] posts = {{"hiker", "I need a light tent for three nights above the tree line, any advice?"},
            {"mira", "Take a freestanding one, the ground is rocky and pegs will not hold."},
            {"jo", "Seconded, and bring extra guy lines because the wind picks up at night."}};
        for (String[] p : posts) {
            page.append("<div class=\"entry-7\"><a href=\"/user/").append(p[0]).append("\">").append(p[0])
                    .append("</a><div class=\"words\">").append(p[1]).append("</div></div>");
        }
        page.append("</div></body></html>");
        ExtractedPost post = extractor.extract(page.toString(), "https://camping.example/thread/42");
        assertEquals(3, post.posts().size());
        assertEquals("hiker", post.posts().get(0).author());
        assertTrue(post.text().contains("I need a light tent"), post.text());
        assertTrue(post.posts().get(2).text().contains("extra guy lines"));
    }

    @Test
    void articleWithCommentListIsNotAThread() {
        StringBuilder page = new StringBuilder("<html><body><article><h1>Rail strike ends</h1>");
        page.append("<p>The rail strike ended on Friday after unions and operators agreed on a new wage deal, the ministry said.</p>".repeat(4));
        page.append("</article><div class=\"comments\">");
        for (int i = 0; i < 4; i++) {
            page.append("<div class=\"c\"><a href=\"/user/u").append(i).append("\">u").append(i)
                    .append("</a> finally, about time this got sorted out</div>");
        }
        page.append("</div></body></html>");
        ExtractedPost post = extractor.extract(page.toString(), "https://news.example/2024/rail-strike");
        assertFalse(post.isForumThread());
        assertTrue(post.text().contains("The rail strike ended on Friday"), post.text());
        assertFalse(post.text().contains("about time"), post.text());
    }

    @Test
    void jsonLdThreadIsTheLastResort() {
        String page = """
                <html><head><script type="application/ld+json">
                {"@type":"DiscussionForumPosting","headline":"Q","text":"Is the ferry running in winter?",
                 "author":{"name":"eva"},"datePublished":"2024-01-05",
                 "comment":[{"@type":"Comment","text":"Only on weekends.","author":{"name":"olaf"}}]}
                </script></head><body><div id="root"></div></body></html>
                """;
        ExtractedPost post = extractor.extract(page, "https://island.example/q/1");
        assertEquals(List.of(new ForumPost("eva", "2024-01-05", "Is the ferry running in winter?", true),
                new ForumPost("olaf", null, "Only on weekends.", false)), post.posts());
    }
}
