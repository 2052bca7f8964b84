package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.coproduce.portal.content.MarkdownRenderer;
import org.coproduce.portal.feed.FeedItem;
import org.coproduce.portal.feed.FeedQuery;
import org.coproduce.portal.feed.FeedSource;

/** Threads of public categories in the feeds, by last activity; never anything members-only. */
@ApplicationScoped
public class DiscussionFeedSource implements FeedSource {

    private static final int SUMMARY = 300;

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Override
    public String kind() {
        return "discussions";
    }

    @Override
    public String title() {
        return "Discussions";
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedItem> latest(FeedQuery query) {
        String jpql = "SELECT t FROM DiscussionThread t, Category c WHERE c.id = t.categoryId AND c.membersOnly = FALSE"
                + " AND t.state = 'PUBLISHED'"
                + (query.categoryId().isPresent() ? " AND t.categoryId = :category" : "")
                + " ORDER BY t.lastActivityAt DESC, t.id DESC";
        var threads = em.createQuery(jpql, DiscussionThread.class);
        query.categoryId().ifPresent(id -> threads.setParameter("category", id));
        // A tag filters in memory among the most recent threads: a feed shows the newest few only.
        List<DiscussionThread> found = threads.setMaxResults(query.tag().isPresent() ? 500 : query.limit()).getResultList()
                .stream().filter(t -> query.tag().map(tag -> t.tags().contains(tag)).orElse(true))
                .limit(query.limit()).toList();
        Map<Long, String> names = DiscussionAccess.names(em, found.stream().map(DiscussionThread::authorId).toList());
        return found.stream().map(t -> new FeedItem("thread-" + t.id(), t.title(), "/discussions/thread?id=" + t.id(),
                names.get(t.authorId()), t.lastActivityAt(), summary(t.body()), t.tags())).toList();
    }

    static String summary(String markdown) {
        String text = MarkdownRenderer.toPlainText(markdown);
        return text.length() <= SUMMARY ? text : text.substring(0, SUMMARY - 1) + "…";
    }
}
