package dev.postsummarizer.adapter.out.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postsummarizer.application.port.ContentExtractor;
import dev.postsummarizer.domain.ExtractedPost;
import dev.postsummarizer.domain.ForumPost;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts a post from HTML with jsoup, in stages: guard the size, read the metadata (JSON-LD, OpenGraph,
 * meta), recognise a forum thread and read its posts, otherwise score the DOM readability-style (with
 * JSON-LD {@code articleBody} as the fallback when the DOM yields much less). A pure function: it never
 * fetches.
 */
@ApplicationScoped
public class JsoupContentExtractor implements ContentExtractor {

    /** articleBody replaces the DOM result only when the DOM gave less than this share of its length. */
    static final double ARTICLE_BODY_PREFERENCE = 0.5;

    @Override
    public ExtractedPost extract(String html, String url) {
        String source = html == null ? "" : html;
        PageGuard.checkInput(source);
        Document document = Jsoup.parse(source, url == null ? "" : url);
        PageGuard.checkParsed(document);

        JsonLd jsonLd = JsonLd.of(document);
        PageMetadata metadata = MetadataReader.read(document, jsonLd, url);
        ChromeFilter.removeJunk(document);

        Optional<List<ForumPost>> thread = ForumThreadReader.read(document, jsonLd, url);
        List<String> paragraphs;
        List<ForumPost> posts;
        if (thread.isPresent()) {
            posts = thread.get();
            paragraphs = Arrays.asList(posts.get(0).text().split("\n\n"));
        } else {
            posts = List.of();
            paragraphs = preferArticleBody(ArticleReader.read(document), jsonLd);
        }
        String author = metadata.author() != null || posts.isEmpty() ? metadata.author() : posts.get(0).author();
        return new ExtractedPost(url, metadata.canonicalUrl(), metadata.title(), author, metadata.siteName(),
                metadata.publishedAt(), metadata.language(), paragraphs, posts);
    }

    /** JSON-LD articleBody, when present and much longer than what DOM scoring found. */
    private static List<String> preferArticleBody(List<String> fromDom, JsonLd jsonLd) {
        Optional<JsonNode> article = jsonLd.first(MetadataReader.POST_TYPES);
        String body = article.map(a -> a.path("articleBody").asText("")).orElse("");
        int domLength = fromDom.stream().mapToInt(String::length).sum();
        if (body.length() > 200 && domLength < body.length() * ARTICLE_BODY_PREFERENCE) {
            List<String> paragraphs = new ArrayList<>();
            for (String paragraph : body.split("\\n\\s*\\n|\\r?\\n")) {
                String text = TextBlocks.normalize(Jsoup.parse(paragraph).text());
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
            return paragraphs;
        }
        return fromDom;
    }
}
