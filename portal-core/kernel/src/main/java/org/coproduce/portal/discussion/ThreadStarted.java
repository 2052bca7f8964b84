package org.coproduce.portal.discussion;

/** A thread was started (raised inside the transaction that starts it). */
public record ThreadStarted(long threadId, String title, long categoryId, String categoryName, long authorId,
                            String authorName, String body) {
}
