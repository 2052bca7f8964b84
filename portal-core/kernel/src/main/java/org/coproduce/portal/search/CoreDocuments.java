package org.coproduce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.portal.content.MarkdownRenderer;

/**
 * Reads the core's content from the database as index documents: a fixed number of statements per batch of ids,
 * whatever its size. What may not be indexed (a story waiting for review, turned down or withdrawn; a guidance
 * document without a published version) is simply absent from the answer, so the worker deletes it.
 */
@ApplicationScoped
public class CoreDocuments {

    /** The core's document types, in the order a rebuild indexes them. */
    public static final List<String> TYPES = List.of(SearchOutbox.GUIDANCE, SearchOutbox.PRACTICE, SearchOutbox.STORY,
            SearchOutbox.THREAD, SearchOutbox.REPLY);

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    public boolean handles(String type) {
        return TYPES.contains(type) || SearchOutbox.CATEGORY.equals(type);
    }

    /**
     * The document keys a task stands for: a category's threads and replies; a thread and its replies (their titles
     * show the thread's); otherwise the object itself.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> expand(String type, String id) {
        Long number = number(id);
        if (number == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        switch (type) {
            case SearchOutbox.CATEGORY -> {
                longs(em.createNativeQuery("SELECT id FROM forum_thread WHERE category_id = " + number).getResultList())
                        .forEach(t -> keys.add(IndexedDocument.key(SearchOutbox.THREAD, String.valueOf(t))));
                longs(em.createNativeQuery("SELECT r.id FROM forum_reply r JOIN forum_thread t ON t.id = r.thread_id "
                        + "WHERE t.category_id = " + number).getResultList())
                        .forEach(r -> keys.add(IndexedDocument.key(SearchOutbox.REPLY, String.valueOf(r))));
            }
            case SearchOutbox.THREAD -> {
                keys.add(IndexedDocument.key(SearchOutbox.THREAD, String.valueOf(number)));
                longs(em.createNativeQuery("SELECT id FROM forum_reply WHERE thread_id = " + number).getResultList())
                        .forEach(r -> keys.add(IndexedDocument.key(SearchOutbox.REPLY, String.valueOf(r))));
            }
            default -> keys.add(IndexedDocument.key(type, String.valueOf(number)));
        }
        return keys;
    }

    /** The ids of a type after {@code afterId}, ascending: a rebuild walks each type in such batches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> idsAfter(String type, long afterId, int limit) {
        String sql = switch (type) {
            case SearchOutbox.THREAD -> "SELECT id FROM forum_thread WHERE id > ?1 ORDER BY id";
            case SearchOutbox.REPLY -> "SELECT id FROM forum_reply WHERE id > ?1 ORDER BY id";
            case SearchOutbox.STORY -> "SELECT id FROM story_entry WHERE id > ?1 AND status = 'APPROVED' "
                    + "AND withdrawn_at IS NULL ORDER BY id";
            case SearchOutbox.PRACTICE -> "SELECT id FROM practice_example WHERE id > ?1 ORDER BY id";
            case SearchOutbox.GUIDANCE -> "SELECT document_id FROM guidance_version WHERE latest = TRUE "
                    + "AND document_id > ?1 ORDER BY document_id";
            default -> throw new IllegalArgumentException(type);
        };
        return longs(em.createNativeQuery(sql).setParameter(1, afterId).setMaxResults(limit).getResultList())
                .stream().map(String::valueOf).toList();
    }

    /** How many documents of a type a rebuild will write (for its progress). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String type) {
        String sql = switch (type) {
            case SearchOutbox.THREAD -> "SELECT COUNT(*) FROM forum_thread";
            case SearchOutbox.REPLY -> "SELECT COUNT(*) FROM forum_reply";
            case SearchOutbox.STORY -> "SELECT COUNT(*) FROM story_entry WHERE status = 'APPROVED' AND withdrawn_at IS NULL";
            case SearchOutbox.PRACTICE -> "SELECT COUNT(*) FROM practice_example";
            case SearchOutbox.GUIDANCE -> "SELECT COUNT(*) FROM guidance_version WHERE latest = TRUE";
            default -> throw new IllegalArgumentException(type);
        };
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The indexable documents among {@code ids} of one type, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, IndexedDocument> load(String type, List<String> ids) {
        String in = ids.stream().map(CoreDocuments::number).filter(java.util.Objects::nonNull).map(String::valueOf)
                .distinct().collect(Collectors.joining(","));
        Map<String, IndexedDocument> docs = new LinkedHashMap<>();
        if (in.isEmpty()) {
            return docs;
        }
        switch (type) {
            case SearchOutbox.THREAD -> threads(in, docs);
            case SearchOutbox.REPLY -> replies(in, docs);
            case SearchOutbox.STORY -> stories(in, docs);
            case SearchOutbox.PRACTICE -> practice(in, docs);
            case SearchOutbox.GUIDANCE -> guidance(in, docs);
            default -> throw new IllegalArgumentException(type);
        }
        return docs;
    }

    private void threads(String in, Map<String, IndexedDocument> docs) {
        for (Object[] r : rows("SELECT t.id, t.title, t.body, t.tags, t.created_at, c.members_only FROM forum_thread t "
                + "JOIN forum_category c ON c.id = t.category_id WHERE t.state = 'PUBLISHED' AND t.id IN (" + in + ")")) {
            String id = String.valueOf(num(r[0]));
            String tags = (String) r[3];
            docs.put(id, new IndexedDocument(SearchOutbox.THREAD, id, (String) r[1], "",
                    MarkdownRenderer.toPlainText((String) r[2]), "/discussions/thread?id=" + id, audience(r[5]),
                    instant(r[4]), tags == null || tags.isBlank() ? List.of() : List.of(tags.split(" ")), null, null));
        }
    }

    private void replies(String in, Map<String, IndexedDocument> docs) {
        for (Object[] r : rows("SELECT r.id, r.body, r.created_at, t.title, c.members_only FROM forum_reply r "
                + "JOIN forum_thread t ON t.id = r.thread_id JOIN forum_category c ON c.id = t.category_id "
                + "WHERE r.state = 'PUBLISHED' AND t.state = 'PUBLISHED' AND r.id IN (" + in + ")")) {
            String id = String.valueOf(num(r[0]));
            docs.put(id, new IndexedDocument(SearchOutbox.REPLY, id, "Reply in: " + r[3], "",
                    MarkdownRenderer.toPlainText((String) r[1]), "/discussions/reply?id=" + id, audience(r[4]),
                    instant(r[2]), List.of(), null, null));
        }
    }

    private void stories(String in, Map<String, IndexedDocument> docs) {
        for (Object[] r : rows("SELECT id, title, body, moderated_at FROM story_entry WHERE id IN (" + in + ") "
                + "AND status = 'APPROVED' AND withdrawn_at IS NULL")) {
            String id = String.valueOf(num(r[0]));
            docs.put(id, new IndexedDocument(SearchOutbox.STORY, id, (String) r[1], "",
                    MarkdownRenderer.toPlainText((String) r[2]), "/stories/story?id=" + id, Audiences.PUBLIC,
                    instant(r[3]), List.of(), null, null));
        }
    }

    private void practice(String in, Map<String, IndexedDocument> docs) {
        Map<Long, List<String>> tags = grouped("SELECT example_id, tag FROM practice_tag WHERE example_id IN (" + in
                + ") ORDER BY example_id, position");
        for (Object[] r : rows("SELECT id, title, summary, body, country, partnership_level, created_at, organisation "
                + "FROM practice_example WHERE id IN (" + in + ")")) {
            long number = num(r[0]);
            String id = String.valueOf(number);
            docs.put(id, new IndexedDocument(SearchOutbox.PRACTICE, id, (String) r[1], (String) r[7],
                    r[2] + "\n" + MarkdownRenderer.toPlainText((String) r[3]), "/practice/example?id=" + id,
                    Audiences.PUBLIC, instant(r[6]), tags.getOrDefault(number, List.of()), (String) r[4], (String) r[5]));
        }
    }

    private void guidance(String in, Map<String, IndexedDocument> docs) {
        List<Object[]> versions = rows("SELECT id, document_id, title, summary, published_at FROM guidance_version "
                + "WHERE latest = TRUE AND document_id IN (" + in + ")");
        if (versions.isEmpty()) {
            return;
        }
        String versionIds = versions.stream().map(v -> String.valueOf(num(v[0]))).collect(Collectors.joining(","));
        Map<Long, List<String>> headings = grouped("SELECT version_id, heading FROM guidance_section WHERE version_id IN ("
                + versionIds + ") ORDER BY version_id, position");
        Map<Long, List<String>> bodies = grouped("SELECT version_id, body FROM guidance_section WHERE version_id IN ("
                + versionIds + ") ORDER BY version_id, position");
        Map<Long, List<String>> messages = grouped("SELECT version_id, text FROM guidance_key_message WHERE version_id IN ("
                + versionIds + ") ORDER BY version_id, position");
        Map<Long, List<String>> tags = grouped("SELECT version_id, tag FROM guidance_tag WHERE version_id IN ("
                + versionIds + ") ORDER BY version_id, position");
        for (Object[] v : versions) {
            long version = num(v[0]);
            String id = String.valueOf(num(v[1]));
            StringBuilder body = new StringBuilder((String) v[3]);
            messages.getOrDefault(version, List.of()).forEach(m -> body.append('\n').append(m));
            bodies.getOrDefault(version, List.of()).forEach(b -> body.append('\n').append(MarkdownRenderer.toPlainText(b)));
            docs.put(id, new IndexedDocument(SearchOutbox.GUIDANCE, id, (String) v[2],
                    String.join("\n", headings.getOrDefault(version, List.of())), body.toString(),
                    "/guidance/document?id=" + id, Audiences.PUBLIC, instant(v[4]), tags.getOrDefault(version, List.of()),
                    null, null));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private Map<Long, List<String>> grouped(String sql) {
        Map<Long, List<String>> map = new HashMap<>();
        for (Object[] r : rows(sql)) {
            map.computeIfAbsent(num(r[0]), k -> new ArrayList<>()).add((String) r[1]);
        }
        return map;
    }

    private static String audience(Object membersOnly) {
        return Boolean.TRUE.equals(membersOnly) || (membersOnly instanceof Number n && n.intValue() != 0)
                ? Audiences.MEMBERS : Audiences.PUBLIC;
    }

    private static List<Long> longs(List<?> values) {
        return values.stream().map(CoreDocuments::num).toList();
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    static Long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        if (value == null) {
            return Instant.EPOCH;
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }
}
