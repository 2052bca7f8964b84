package org.coproduce.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.portal.content.MarkdownRenderer;
import org.coproduce.portal.content.ModerationOutcome;
import org.coproduce.portal.discussion.Follows;
import org.coproduce.portal.discussion.Readers;
import org.coproduce.portal.discussion.ReplyPosted;
import org.coproduce.portal.discussion.ThreadStarted;
import org.coproduce.portal.story.StoryResponded;

/**
 * Turns what happens in the community into notifications, in the same transaction and in each recipient's
 * language: replies for the followers of a thread or its category, new threads for a category's followers,
 * "@Display Name" mentions for the member named (when they may read the post), responses for a story's author,
 * moderators' decisions for the author. Nobody is told about their own post, and nobody twice about one post (a
 * follower who is mentioned hears of the mention). Followers may read what they follow (following checks it), so
 * nothing is sent that the recipient may not read.
 */
@ApplicationScoped
public class ContentNotices {

    private static final int EXCERPT = 600;

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Follows follows;

    @Inject
    Readers readers;

    void replyPosted(@Observes ReplyPosted reply) {
        String excerpt = excerpt(reply.body());
        Set<Long> mentioned = mentioned(reply.body(), reply.categoryId(), reply.authorId());
        String path = "/discussions/reply?id=" + reply.replyId();
        for (long member : mentioned) {
            notifications.send(member, NotificationKinds.MENTION, w -> new Notifications.Notice(
                    w.format("notice.mention.subject", reply.authorName(), reply.threadTitle()),
                    w.format("notice.mention.text", reply.authorName(), reply.threadTitle()) + "\n\n" + excerpt),
                    path, reply.threadId());
        }
        for (long follower : follows.followersOfThread(reply.threadId(), reply.categoryId())) {
            if (follower != reply.authorId() && !mentioned.contains(follower)) {
                notifications.send(follower, NotificationKinds.FOLLOWED_REPLY, w -> new Notifications.Notice(
                        w.format("notice.reply.subject", reply.threadTitle()),
                        w.format("notice.reply.text", reply.authorName(), reply.threadTitle()) + "\n\n" + excerpt),
                        path, reply.threadId());
            }
        }
    }

    void threadStarted(@Observes ThreadStarted thread) {
        String excerpt = excerpt(thread.body());
        Set<Long> mentioned = mentioned(thread.title() + "\n" + thread.body(), thread.categoryId(), thread.authorId());
        String path = "/discussions/thread?id=" + thread.threadId();
        for (long member : mentioned) {
            notifications.send(member, NotificationKinds.MENTION, w -> new Notifications.Notice(
                    w.format("notice.mention.subject", thread.authorName(), thread.title()),
                    w.format("notice.mention.text", thread.authorName(), thread.title()) + "\n\n" + excerpt),
                    path, thread.threadId());
        }
        for (long follower : follows.followersOfCategory(thread.categoryId())) {
            if (follower != thread.authorId() && !mentioned.contains(follower)) {
                notifications.send(follower, NotificationKinds.FOLLOWED_THREAD, w -> new Notifications.Notice(
                        w.format("notice.thread.subject", thread.categoryName(), thread.title()),
                        w.format("notice.thread.text", thread.authorName(), thread.title(), thread.categoryName())
                                + "\n\n" + excerpt), path, thread.threadId());
            }
        }
    }

    void storyResponded(@Observes StoryResponded response) {
        String excerpt = excerpt(response.body());
        notifications.send(response.storyAuthorId(), NotificationKinds.STORY_RESPONSE, w -> new Notifications.Notice(
                w.format("notice.story.subject", response.responderName()),
                w.format("notice.story.text", response.responderName(), response.storyTitle()) + "\n\n" + excerpt),
                "/stories/story?id=" + response.storyId(), null);
    }

    void moderated(@Observes ModerationOutcome outcome) {
        String decision = outcome.decision().name().toLowerCase(java.util.Locale.ROOT);
        notifications.send(outcome.authorId(), NotificationKinds.MODERATION_OUTCOME, w -> {
            StringBuilder text = new StringBuilder(w.format("notice.moderation." + decision + ".text", outcome.title()));
            if (outcome.reason() != null && !outcome.reason().isBlank()) {
                text.append("\n\n").append(w.get("notice.moderation.reason")).append("\n\n").append(outcome.reason().strip());
            }
            return new Notifications.Notice(w.format("notice.moderation." + decision + ".subject", outcome.title()),
                    text.toString());
        }, outcome.path(), null);
    }

    /**
     * The members a post mentions who may read it, without its author: in one statement for the names, and one for
     * each member's right to read.
     */
    Set<Long> mentioned(String markdown, long categoryId, long authorId) {
        List<List<String>> mentions = Mentions.candidates(markdown);
        Set<Long> result = new LinkedHashSet<>();
        if (mentions.isEmpty()) {
            return result;
        }
        List<String> names = new ArrayList<>(Mentions.allNames(mentions));
        List<Object[]> rows = em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE LOWER(a.displayName) IN :names "
                        + "OR LOWER(FUNCTION('REPLACE', a.displayName, ' ', '')) IN :names", Object[].class)
                .setParameter("names", names).getResultList();
        // A name two members share is nobody's in particular: it mentions neither.
        Map<String, List<Long>> byName = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String displayName = (String) row[1];
            byName.computeIfAbsent(Mentions.normal(displayName), k -> new ArrayList<>()).add(id);
            String handle = Mentions.handle(displayName);
            if (!handle.equals(Mentions.normal(displayName))) {
                byName.computeIfAbsent(handle, k -> new ArrayList<>()).add(id);
            }
        }
        for (String name : Mentions.chosen(mentions, byName.keySet())) {
            List<Long> named = byName.get(name);
            long member = named.get(0);
            if (named.size() == 1 && member != authorId && readers.mayRead(member, categoryId)) {
                result.add(member);
            }
        }
        return result;
    }

    static String excerpt(String markdown) {
        String text = MarkdownRenderer.toPlainText(markdown);
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
    }
}
