package org.coproduce.portal.story;

/** A practitioner responded under a published story (raised inside the transaction that adds the response). */
public record StoryResponded(long storyId, String storyTitle, long storyAuthorId, String responderName, String body) {
}
