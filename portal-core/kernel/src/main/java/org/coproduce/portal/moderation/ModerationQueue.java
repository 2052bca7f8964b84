package org.coproduce.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.discussion.PostModeration;
import org.coproduce.portal.story.Stories;
import org.coproduce.portal.story.StoryStatus;

/** What waits for the moderators, in one place: reports, posts awaiting approval and the stories to review. */
@ApplicationScoped
public class ModerationQueue {

    @Inject
    Reports reports;

    @Inject
    PostModeration posts;

    @Inject
    Stories stories;

    /** The queue: open ordinary reports, waiting posts, the number of stories waiting and of urgent concerns. */
    public record Queue(List<Reports.ReportView> reports, List<PostModeration.WaitingPost> waiting, long storiesWaiting,
            long urgentConcerns) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Queue of(Viewer moderator, int limit) {
        List<Reports.ReportView> open = reports.queue(moderator, limit);
        List<PostModeration.WaitingPost> waiting = posts.waiting(moderator, limit).stream()
                .filter(p -> moderator.accountId().map(me -> me != p.authorId()).orElse(true)).toList();
        long storiesWaiting = stories.withStatus(StoryStatus.PENDING, 1, 1).total();
        long urgent = reports.urgent(moderator, limit).size();
        return new Queue(open, waiting, storiesWaiting, urgent);
    }
}
