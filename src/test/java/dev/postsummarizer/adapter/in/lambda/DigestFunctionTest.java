package dev.postsummarizer.adapter.in.lambda;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dev.postsummarizer.application.port.SummaryStore;
import dev.postsummarizer.domain.KeyFact;
import dev.postsummarizer.domain.RepostSource;
import dev.postsummarizer.domain.SummaryRecord;
import dev.postsummarizer.domain.SummaryStatus;
import dev.postsummarizer.testing.DynoxideResource;
import dev.postsummarizer.testing.LocalSes;
import dev.postsummarizer.testing.LocalSes.InjectGreenMail;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The digest through the mock Lambda event server: posts stored in dynoxide, the message sent through
 * aws-ses-v2-local and read back from GreenMail as a mail client receives it.
 */
@QuarkusTest
@TestProfile(DigestProfile.class)
@WithTestResource(DynoxideResource.class)
@WithTestResource(LocalSes.class)
class DigestFunctionTest {

    private static final long MAIL_WAIT_MS = 15_000;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    SummaryStore store;

    @BeforeEach
    void clearMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        given().baseUri(LocalSes.endpoint()).post("/clear-store").then().statusCode(200);
    }

    @Test
    void mailsTheDayGroupedByOutletWithBothPartsAndEscapedPageText() throws Exception {
        String day = "2025-03-10";
        seed(done("alpha-old", "Alpha News", day, "08:00", "Council approves the budget"));
        seed(done("alpha-new", "Alpha News", day, "11:00", "<script>alert(1)</script> Bridge reopens").toBuilder()
                .summary("According to the city's transport office, the Riverside bridge reopened to traffic on "
                        + "Monday after eight months of repairs costing 4.2 million euros; cyclists get a separate "
                        + "lane <b>from April</b>.")
                .build());
        seed(done("beta", "Beta Blog", day, "09:00", "A long walk in the hills").toBuilder()
                .author("Beth Writer").publishedAt("2025-03-09T18:30:00+01:00").degraded(true).droppedFacts(1).build());
        seed(done("irrawaddy", "The Irrawaddy", day, "07:00", "Junta chief travels to Moscow").toBuilder()
                .author("Irrawaddy Staff")
                .summary("According to The Irrawaddy, Myanmar's military leader Min Aung Hlaing is travelling to "
                        + "Moscow to attend Russia's Victory Day celebrations on 9 May, despite an arrest warrant "
                        + "issued by an Argentinian court. The National Unity Government says the junta has "
                        + "carried out 282 airstrikes since 28 March.")
                .keyFacts(List.of(
                        new KeyFact("Min Aung Hlaing is travelling to Moscow for Victory Day on 9 May",
                                "is travelling to Moscow to attend Russia's Victory Day celebrations on 9 May"),
                        new KeyFact("The NUG counts 282 airstrikes since 28 March",
                                "282 airstrikes since 28 March")))
                .storyId("story-moscow").build());
        seed(done("forum", "Myanmar Forum", day, "10:00", "Junta chief travels to Moscow (repost)").toBuilder()
                .storyId("story-moscow")
                .source(new RepostSource("The Irrawaddy", "https://www.irrawaddy.com/news/moscow", "2025-03-10"))
                .build());
        seed(done("forum-only", "Myanmar Forum", day, "10:30", "Fuel prices rise again").toBuilder()
                .source(new RepostSource("Mizzima", null, null)).build());
        seed(unsummarized("broken", day, "12:00", SummaryStatus.FAILED, "HTTP_ERROR: the page answered 404"));
        seed(unsummarized("wall", day, "12:30", SummaryStatus.SKIPPED, "the page is a login wall"));
        seed(done("day-before", "Alpha News", "2025-03-09", "23:59", "Yesterday's news"));

        JsonPath outcome = invoke(Map.of("day", day));

        assertEquals("SENT", outcome.getString("status"));
        assertEquals(6, outcome.getInt("posts"));
        assertEquals(5, outcome.getInt("stories"));
        assertEquals(2, outcome.getInt("failures"));
        assertTrue(awaitCopies(2), "one copy per recipient");
        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertEquals("Post digest 2025-03-10: 6 posts", message.getSubject());
        assertEquals(List.of(DigestProfile.TO_1, DigestProfile.TO_2), addresses(message.getRecipients(Message.RecipientType.TO)));
        assertEquals(List.of(DigestProfile.FROM), addresses(message.getFrom()));
        assertEquals(List.of(DigestProfile.REPLY_TO), addresses(message.getReplyTo()));

        Multipart alternative = (Multipart) message.getContent();
        assertTrue(alternative.getContentType().startsWith("multipart/alternative"), alternative.getContentType());
        String text = part(alternative, "text/plain");
        String html = part(alternative, "text/html");
        writeSample(text, html);

        // page text is escaped in the HTML part: the title arrives as text
        assertFalse(html.contains("<script>"), "no markup from pages in the HTML part");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Bridge reopens"));
        assertTrue(text.contains("<script>alert(1)</script> Bridge reopens"), "plain text shows it as written");
        assertTrue(html.contains("lane &lt;b&gt;from April&lt;/b&gt;."), "summaries are escaped too");

        // outlets ordered by their newest story; stories newest first within an outlet
        assertInOrder(html, "Alpha News", "Mizzima", "The Irrawaddy", "Beta Blog", "Not summarized");
        assertInOrder(html, "Bridge reopens", "Council approves the budget");
        assertInOrder(text, "== Alpha News ==", "== Mizzima ==", "== The Irrawaddy ==", "== Beta Blog ==",
                "== Not summarized ==");
        // a repost is credited to its outlet, via the forum; the same story is one entry with its other sources
        assertTrue(text.contains("Mizzima via Myanmar Forum"));
        assertEquals(1, count(text, "* Junta chief travels to Moscow"), "the story is one entry");
        assertFalse(text.contains("(repost)"), "the original leads the story");
        assertTrue(text.contains("Also reported by: The Irrawaddy via Myanmar Forum <https://myanmar-forum.example/forum>"));
        assertTrue(html.contains("href=\"https://alpha-news.example/alpha-new\""));
        // metadata, facts and notes
        assertTrue(text.contains("The Irrawaddy | Beth Writer") || text.contains("Beta Blog | Beth Writer"));
        assertTrue(text.contains("published 2025-03-09 17:30 UTC"));
        assertTrue(text.contains("  - fact about A long walk in the hills"));
        assertTrue(text.contains("  - The NUG counts 282 airstrikes since 28 March"));
        assertTrue(text.contains("offline fallback summarizer"));
        assertTrue(text.contains("1 key fact was dropped"));
        assertTrue(text.contains("6 posts from 4 sites, 5 stories, 2 not summarized"), text);
        assertTrue(text.contains("(failed: HTTP_ERROR: the page answered 404)"));
        assertTrue(text.contains("- https://gamma.example/wall (skipped: the page is a login wall)\n- "));
        assertFalse(text.contains("Yesterday's news"));
    }

    @Test
    void aSecondInvocationForTheSameDaySendsNothing() throws Exception {
        String day = "2025-03-11";
        seed(done("once", "Alpha News", day, "08:00", "Only once"));

        JsonPath first = invoke(Map.of("day", day));
        JsonPath second = invoke(Map.of("day", day));

        assertEquals("SENT", first.getString("status"));
        assertEquals("ALREADY_SENT", second.getString("status"));
        assertEquals(first.getString("messageId"), second.getString("messageId"));
        assertEquals(1, sesStore().getList("emails").size(), "SES accepted one message");
        assertTrue(awaitCopies(2));
        assertEquals(2, greenMail.getReceivedMessages().length, "one message, one copy per recipient");
    }

    @Test
    void anEmptyDaySendsNothing() {
        JsonPath outcome = invoke(Map.of("day", "2025-03-12"));

        assertEquals("EMPTY", outcome.getString("status"));
        assertEquals(0, sesStore().getList("emails").size());
    }

    @Test
    void aDayOf500PostsStaysWithinTheSizeLimit() throws Exception {
        String day = "2025-03-13";
        String summary = "According to the report, the committee met for several hours and agreed on a plan that "
                .repeat(3);
        for (int i = 0; i < 500; i++) {
            seed(done("big-" + i, "Site " + (i % 17), day, "00:00", "Story number " + i).toBuilder()
                    .summarizedAt(Instant.parse(day + "T00:00:00Z").plusSeconds(i * 60L))
                    .summary(summary + i)
                    .build());
        }

        JsonPath outcome = invoke(Map.of("day", day));

        assertEquals("SENT", outcome.getString("status"));
        assertEquals(500, outcome.getInt("posts"));
        int shown = outcome.getInt("shownStories");
        assertTrue(shown > 0 && shown < 500, "shown: " + shown);
        Map<String, Object> accepted = sesStore().getMap("emails[0].body");
        int bytes = ((String) accepted.get("html")).getBytes(StandardCharsets.UTF_8).length
                + ((String) accepted.get("text")).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 100_000, "both parts: " + bytes + " bytes");
        String text = (String) accepted.get("text");
        assertTrue(text.contains("Showing the latest " + shown + " of 500 stories"));
        assertTrue(text.contains(DigestProfile.API + "/summaries?day=" + day));
        assertTrue(text.contains("Story number 499"), "the latest story is kept");
        assertFalse(text.contains("Story number 0\n"), "the oldest story is left out");
        assertTrue(awaitCopies(2), "the cut digest reaches the mailbox");
    }

    @Test
    void theScheduleSendsYesterday() throws Exception {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        seed(done("scheduled", "Alpha News", yesterday, "06:00", "Scheduled story"));

        JsonPath outcome = invoke(Map.of());

        assertEquals(yesterday, outcome.getString("day"));
        assertEquals("SENT", outcome.getString("status"));
        assertTrue(awaitCopies(2));
        assertEquals("Post digest " + yesterday + ": 1 post", greenMail.getReceivedMessages()[0].getSubject());
    }

    @Test
    void aMalformedDayIsRejected() {
        given().contentType(ContentType.JSON).body(Map.of("day", "28/11/2026")).when().post()
                .then().statusCode(500);
        assertEquals(0, sesStore().getList("emails").size());
    }

    /**
     * Waits until the mailboxes hold {@code copies} messages (one copy per recipient). aws-ses-v2-local forwards
     * over SMTP after it answers, so the message arrives a little after the call. (GreenMail's own
     * waitForIncomingEmail counts SMTP transactions, not copies, so it cannot be mixed with the copy count.)
     */
    private boolean awaitCopies(int copies) throws InterruptedException {
        long deadline = System.nanoTime() + MAIL_WAIT_MS * 1_000_000;
        while (greenMail.getReceivedMessages().length < copies) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(25);
        }
        return true;
    }

    private JsonPath invoke(Map<String, String> event) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(event)
                .when().post()
                .then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath sesStore() {
        return given().baseUri(LocalSes.endpoint()).get("/store").then().statusCode(200).extract().jsonPath();
    }

    private void seed(SummaryRecord record) {
        store.acquireLease(record, record.summarizedAt()).orElseThrow();
    }

    private static SummaryRecord done(String id, String site, String day, String time, String title) {
        return SummaryRecord.builder()
                .postId(id)
                .url("https://" + site.toLowerCase().replace(' ', '-') + ".example/" + id)
                .title(title)
                .siteName(site)
                .status(SummaryStatus.DONE)
                .summary("Summary of " + title)
                .keyFacts(List.of(new KeyFact("fact about " + title, "evidence")))
                .createdAt(Instant.parse(day + "T" + time + ":00Z"))
                .updatedAt(Instant.parse(day + "T" + time + ":00Z"))
                .summarizedAt(Instant.parse(day + "T" + time + ":00Z"))
                .digestDay(day)
                .build();
    }

    private static SummaryRecord unsummarized(String id, String day, String time, SummaryStatus status,
            String error) {
        return SummaryRecord.builder()
                .postId(id)
                .url("https://gamma.example/" + id)
                .status(status)
                .lastError(error)
                .createdAt(Instant.parse(day + "T" + time + ":00Z"))
                .updatedAt(Instant.parse(day + "T" + time + ":00Z"))
                .summarizedAt(Instant.parse(day + "T" + time + ":00Z"))
                .digestDay(day)
                .build();
    }

    /** Keeps the received parts under target/ for a look (docs/ has a committed sample made this way). */
    private static void writeSample(String text, String html) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "digest-sample");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("digest.txt"), text);
        java.nio.file.Files.writeString(dir.resolve("digest.html"), html);
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static String part(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith(type)) {
                // SMTP carries CRLF line ends; compare text with \n
                return ((String) part.getContent()).replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static void assertInOrder(String text, String... parts) {
        int from = -1;
        for (String part : parts) {
            int at = text.indexOf(part, from + 1);
            assertTrue(at > from, "'" + part + "' after position " + from);
            from = at;
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
