package org.coproduce.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.portal.content.MarkdownRenderer;

/**
 * What a report can be about, looked up in batches (one statement per kind): its author, the words that name it,
 * an excerpt, where it is shown, and whether it is still shown (not hidden, turned down or withdrawn) and whether it waits for a moderator.
 */
@ApplicationScoped
public class ReportedContent {

    /** The kinds of content a member can report. */
    public static final List<String> TYPES = List.of("thread", "reply", "story", "response", "practice-example");

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    /** One piece of content. {@code shown} is false once it is hidden, turned down or withdrawn. */
    public record Item(String type, long id, long authorId, String authorName, String title, String excerpt,
            String path, boolean shown, boolean membersOnly, boolean waiting) {
    }

    /** The items of one kind with these ids that exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Item> find(String type, Collection<Long> ids) {
        Map<Long, Item> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String sql = switch (type) {
            case "thread" -> "SELECT t.id, t.author_id, a.display_name, t.title, t.body, "
                    + "CASE WHEN t.state = 'HIDDEN' THEN 0 ELSE 1 END, c.members_only, t.id, t.state FROM forum_thread t "
                    + "JOIN forum_category c ON c.id = t.category_id JOIN account a ON a.id = t.author_id WHERE t.id IN ";
            case "reply" -> "SELECT r.id, r.author_id, a.display_name, t.title, r.body, "
                    + "CASE WHEN r.state = 'HIDDEN' OR t.state = 'HIDDEN' THEN 0 ELSE 1 END, c.members_only, r.id, r.state "
                    + "FROM forum_reply r JOIN forum_thread t ON t.id = r.thread_id "
                    + "JOIN forum_category c ON c.id = t.category_id JOIN account a ON a.id = r.author_id WHERE r.id IN ";
            case "story" -> "SELECT s.id, s.author_id, a.display_name, s.title, s.body, "
                    + "CASE WHEN s.status = 'REJECTED' OR s.withdrawn_at IS NOT NULL THEN 0 ELSE 1 END, FALSE, s.id, s.status "
                    + "FROM story_entry s JOIN account a ON a.id = s.author_id WHERE s.id IN ";
            case "response" -> "SELECT r.id, r.author_id, a.display_name, s.title, r.body, "
                    + "CASE WHEN s.status <> 'APPROVED' OR s.withdrawn_at IS NOT NULL THEN 0 ELSE 1 END, FALSE, s.id, "
                    + "s.status FROM story_response r JOIN story_entry s ON s.id = r.story_id "
                    + "JOIN account a ON a.id = r.author_id WHERE r.id IN ";
            case "practice-example" -> "SELECT p.id, p.author_id, a.display_name, p.title, p.summary, 1, FALSE, p.id, "
                    + "'PUBLISHED' FROM practice_example p JOIN account a ON a.id = p.author_id WHERE p.id IN ";
            default -> throw new IllegalArgumentException(type);
        };
        String in = "(" + String.join(",", ids.stream().distinct().map(String::valueOf).toList()) + ")";
        for (Object row : em.createNativeQuery(sql + in).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            long owner = ((Number) r[7]).longValue();
            String path = switch (type) {
                case "thread" -> "/discussions/thread?id=" + id;
                case "reply" -> "/discussions/reply?id=" + id;
                case "story" -> "/stories/story?id=" + id;
                case "response" -> "/stories/story?id=" + owner + "#response-" + id;
                default -> "/practice/example?id=" + id;
            };
            String text = MarkdownRenderer.toPlainText((String) r[4]);
            found.put(id, new Item(type, id, ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    text.length() <= 200 ? text : text.substring(0, 199) + "…", path, ((Number) r[5]).intValue() == 1,
                    Boolean.TRUE.equals(r[6]) || "true".equalsIgnoreCase(String.valueOf(r[6])),
                    "AWAITING".equals(r[8]) || "PENDING".equals(r[8])));
        }
        return found;
    }

    /** One item, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Item find(String type, long id) {
        return find(type, List.of(id)).get(id);
    }
}
