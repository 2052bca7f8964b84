package org.coproduce.portal.discussion;

/** A reply was posted (raised inside the transaction that posts it). */
public record ReplyPosted(long threadId, String threadTitle, long categoryId, long replyId, long authorId,
                          String authorName, String body) {
}
