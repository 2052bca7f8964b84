package org.coproduce.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.coproduce.portal.content.MarkdownRenderer;
import org.coproduce.portal.content.ModerationOutcome;
import org.coproduce.portal.discussion.Follows;
import org.coproduce.portal.discussion.ReplyPosted;
import org.coproduce.portal.discussion.ThreadStarted;
import org.coproduce.portal.story.StoryResponded;

/**
 * Turns what happens in the community into notifications, in the same transaction: replies for the followers of
 * a thread or its category, new threads for a category's followers, responses for a story's author. Nobody is
 * told about their own post. Followers may read what they follow (following checks it), so nothing is sent that
 * the recipient may not read.
 */
@ApplicationScoped
public class ContentNotices {

    private static final int EXCERPT = 600;

    @Inject
    Notifications notifications;

    @Inject
    Follows follows;

    void replyPosted(@Observes ReplyPosted reply) {
        String text = reply.authorName() + " replied in \u201c" + reply.threadTitle() + "\u201d:\n\n" + excerpt(reply.body());
        for (long follower : follows.followersOfThread(reply.threadId(), reply.categoryId())) {
            if (follower != reply.authorId()) {
                notifications.send(follower, NotificationKinds.FOLLOWED_REPLY, "New reply in \u201c" + reply.threadTitle()
                        + "\u201d", text, "/discussions/reply?id=" + reply.replyId());
            }
        }
    }

    void threadStarted(@Observes ThreadStarted thread) {
        String text = thread.authorName() + " started \u201c" + thread.title() + "\u201d in " + thread.categoryName()
                + ":\n\n" + excerpt(thread.body());
        for (long follower : follows.followersOfCategory(thread.categoryId())) {
            if (follower != thread.authorId()) {
                notifications.send(follower, NotificationKinds.FOLLOWED_THREAD, "New thread in " + thread.categoryName()
                        + ": " + thread.title(), text, "/discussions/thread?id=" + thread.threadId());
            }
        }
    }

    void storyResponded(@Observes StoryResponded response) {
        notifications.send(response.storyAuthorId(), NotificationKinds.STORY_RESPONSE,
                response.responderName() + " responded to your story",
                response.responderName() + " responded to \u201c" + response.storyTitle() + "\u201d:\n\n"
                        + excerpt(response.body()), "/stories/story?id=" + response.storyId());
    }

    void moderated(@Observes ModerationOutcome outcome) {
        String what = "\u201c" + outcome.title() + "\u201d";
        String subject = switch (outcome.decision()) {
            case APPROVED -> "Published: " + what;
            case REJECTED -> "Not published: " + what;
            case HIDDEN -> "Hidden by a moderator: " + what;
            case RESTORED -> "Shown again: " + what;
            case EDITED -> "Edited by a moderator: " + what;
        };
        StringBuilder text = new StringBuilder(switch (outcome.decision()) {
            case APPROVED -> "A moderator has published " + what + ". Thank you for sharing it.";
            case REJECTED -> "A moderator has decided not to publish " + what + ".";
            case HIDDEN -> "A moderator has hidden " + what + " from other members.";
            case RESTORED -> "A moderator has shown " + what + " again.";
            case EDITED -> "A moderator has edited " + what + ". The earlier words are kept in its history.";
        });
        if (outcome.reason() != null && !outcome.reason().isBlank()) {
            text.append("\n\nThe moderator's reason:\n\n").append(outcome.reason().strip());
        }
        notifications.send(outcome.authorId(), NotificationKinds.MODERATION_OUTCOME, subject, text.toString(),
                outcome.path());
    }

    static String excerpt(String markdown) {
        String text = MarkdownRenderer.toPlainText(markdown);
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
    }
}
