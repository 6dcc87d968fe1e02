package dev.postsummarizer.application;

/**
 * What one invocation of the digest did.
 *
 * @param status       SENT, ALREADY_SENT, IN_PROGRESS (another invocation holds the day) or EMPTY (nothing
 *                     to send and empty days are not mailed)
 * @param messageId    the mail's message id when SENT or ALREADY_SENT
 * @param shownStories stories in the message (fewer than {@code stories} when cut to the size limit)
 */
public record DigestOutcome(String day, Status status, String messageId, int posts, int stories,
        int shownStories, int failures) {

    public enum Status {
        SENT,
        ALREADY_SENT,
        IN_PROGRESS,
        EMPTY
    }
}
