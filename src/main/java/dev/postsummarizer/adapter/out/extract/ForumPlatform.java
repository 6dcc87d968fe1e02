package dev.postsummarizer.adapter.out.extract;

import java.util.List;

/**
 * How one forum software marks up a thread: the CSS selectors of a post, of its body, of its author and
 * of its time. Selectors are tried in the order listed; the first platform that finds posts wins.
 *
 * @param name   the software, for logs and tests
 * @param post   one post's container
 * @param body   the post's own text inside the container
 * @param author the poster's display name inside the container
 * @param time   the post's time inside the container (an element with {@code datetime}, or text)
 */
record ForumPlatform(String name, String post, String body, String author, String time) {

    /** Quoted replies, signatures and edit notes inside a post body: not the poster's own words. */
    static final String NOT_OWN_TEXT = String.join(",",
            "blockquote", ".ipsQuote", ".bbCodeBlock--quote", ".bbCodeQuote", ".quote", ".quotecontainer",
            ".bbcode_quote", ".quoteheader", ".quotefooter", "[data-role=memberSignature]", ".signature",
            ".message-signature", ".post-signature", ".signaturecontainer", ".editedBy", ".message-lastEdit",
            ".js-post__signature", ".b-post__signature", ".post-edit-info", "[data-role=reactionBlurb]",
            ".ipsReact", ".reactionsBar", ".message-reactionSummary", ".likes", ".post-menu-area",
            ".smalltext.modified", ".lastedit", ".notice", ".post-controls", ".cooked-selection-barrier");

    static final List<ForumPlatform> KNOWN = List.of(
            new ForumPlatform("invision",
                    "article.cPost, article[id^=elComment_], div.cPost",
                    "[data-role=commentContent], .cPost_contentWrap",
                    ".cAuthorPane_author, [data-role=author], .ipsComment_author",
                    "time[datetime]"),
            new ForumPlatform("xenforo",
                    "article.message--post, article.message, li.message",
                    ".message-body .bbWrapper, .bbWrapper, .messageText, .message-userContent",
                    ".message-name, .message-userDetails .username, h4.message-name, .username, [itemprop=name]",
                    "time[datetime], .u-dt, .DateTime"),
            new ForumPlatform("discourse",
                    "div.topic-post, div.crawler-post, article[data-post-id], div[itemprop=comment]",
                    ".cooked, [itemprop=text], div.post",
                    ".creator [itemprop=name], [itemprop=author] [itemprop=name], .username, .names .first",
                    "time[datetime], [itemprop=datePublished], .post-date, .crawler-post-infos time"),
            new ForumPlatform("phpbb",
                    "div.post.bg1, div.post.bg2, div.post.bg3, div.post[id^=p]",
                    "div.content, .postbody .content",
                    ".author .username, .author .username-coloured, .author strong, .postprofile .username",
                    ".author time, time[datetime], p.author"),
            new ForumPlatform("vbulletin",
                    "li.postcontainer, li.postbitlegacy, li.postbit, li.b-post, div[id~=^edit\\d+$], "
                            + "table[id^=post]",
                    "blockquote.postcontent, .postcontent, .js-post__content-text, div[id^=post_message_], .post_message",
                    ".username, .bigusername, .b-post__author, .author a, .popupmenu a.username",
                    ".date, .postdate, .b-post__timestamp, time[datetime]"),
            new ForumPlatform("stackexchange",
                    "#question, div.question, div.answer",
                    ".s-prose, .post-text, .js-post-body",
                    ".post-signature.owner .user-details a, .user-details a, .user-details [itemprop=name]",
                    ".relativetime, time[datetime]"),
            new ForumPlatform("reddit",
                    "shreddit-post, shreddit-comment, div.thing.link, div.thing.comment",
                    "[slot=text-body], div[id$=-post-rtjson-content], [slot=comment], .usertext-body .md, .md",
                    "[slot=authorName], .author, a[href*=/user/]",
                    "time[datetime], faceplate-timeago"),
            new ForumPlatform("smf",
                    "div.post_wrapper, div.windowbg, div.windowbg2",
                    "div.post div.inner, div.inner, div.post",
                    ".poster h4 a, .poster h4",
                    ".smalltext, .postinfo .smalltext"),
            new ForumPlatform("vanilla",
                    "li.ItemDiscussion, li.ItemComment, div.ItemDiscussion, div.Comment",
                    ".Message.userContent, .Message, .userContent",
                    ".Username, .Author .Username",
                    "time[datetime]"),
            new ForumPlatform("microdata",
                    "[itemtype*=schema.org/DiscussionForumPosting], [itemtype*=schema.org/Comment], "
                            + "[itemtype*=schema.org/Answer], [itemtype*=schema.org/Question]",
                    "[itemprop=text], [itemprop=articleBody]",
                    "[itemprop=author] [itemprop=name], [itemprop=author]",
                    "[itemprop=datePublished], [itemprop=dateCreated], time[datetime]"));
}
