package dev.postsummarizer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * PostUrl keeps hosts that java.net.URI reads as a registry authority (so the fetcher's guard can refuse
 * them with the address they mean) and refuses user info however it is hidden.
 */
class PostUrlHostTest {

    @Test
    void keepsShortIpv4SpellingsAsHosts() {
        PostUrl url = PostUrl.parse("http://127.1:8080/a#x");

        assertEquals("127.1", url.host());
        assertEquals("http://127.1:8080/a", url.canonical());
    }

    @Test
    void keepsNonAsciiHostsLowerCased() {
        assertEquals("b\u00fccher.example", PostUrl.parse("https://B\u00fcCHER.example/").host());
    }

    @Test
    void dropsTheDefaultPortOfARegistryAuthority() {
        assertEquals("http://0x7f.1/", PostUrl.parse("http://0x7f.1:80/").canonical());
    }

    @Test
    void refusesUserInfoInEveryAuthorityForm() {
        for (String raw : new String[] {"http://a@example.com/", "http://a@127.1/", "http://x:y@0x7f.1:80/"}) {
            PermanentFailure failure = assertThrows(PermanentFailure.class, () -> PostUrl.parse(raw), raw);
            assertEquals(FailureKind.INVALID_URL, failure.kind());
            assertTrue(failure.getMessage().contains("user info"), failure.getMessage());
        }
    }

    @Test
    void refusesAGarbledPort() {
        PermanentFailure failure = assertThrows(PermanentFailure.class, () -> PostUrl.parse("http://127.1:8x/"));
        assertTrue(failure.getMessage().contains("invalid port"), failure.getMessage());
    }

    @Test
    void ordinaryUrlsAreUnchanged() {
        PostUrl url = PostUrl.parse("HTTPS://Example.ORG:443/p?utm_source=x&b=2&a=1#top");

        assertEquals("https://example.org/p?a=1&b=2", url.canonical());
        assertEquals("example.org", url.host());
    }
}
