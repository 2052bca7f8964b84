package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.search.SearchOutbox;

/** Discussion categories: listing those a viewer may read; administrators add and change them. */
@ApplicationScoped
public class Categories {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    SearchOutbox search;

    @Inject
    org.coproduce.portal.audit.AuditLog audit;

    /** The audit log's source for administrators' changes (categories, plugins, appearance, synonyms). */
    public static final String AUDIT_SOURCE = "admin";

    /** The categories the viewer may read, in order, with thread counts, last activity and follow state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryView> list(Viewer viewer) {
        List<Category> categories = em.createQuery("SELECT c FROM Category c ORDER BY c.position, c.name", Category.class)
                .getResultList().stream().filter(c -> DiscussionAccess.mayRead(c, viewer)).toList();
        Map<Long, Object[]> stats = new HashMap<>();
        // Native: a MAX over a converted attribute would go through the converter with the driver's own type.
        for (Object row : em.createNativeQuery("SELECT category_id, COUNT(*), MAX(last_activity_at) FROM forum_thread "
                + "WHERE state = 'PUBLISHED' GROUP BY category_id").getResultList()) {
            Object[] columns = (Object[]) row;
            stats.put(DiscussionAccess.number(columns[0]), columns);
        }
        Set<Long> followed = viewer.signedIn() ? followedBy(viewer.accountId().orElseThrow()) : Set.of();
        return categories.stream().map(c -> {
            Object[] row = stats.get(c.id());
            return new CategoryView(c.id(), c.name(), c.description(), c.membersOnly(), c.position(),
                    row == null ? 0 : DiscussionAccess.number(row[1]), row == null ? null : DiscussionAccess.instant(row[2]),
                    followed.contains(c.id()));
        }).toList();
    }

    /** One category the viewer may read (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CategoryView get(long id, Viewer viewer) {
        Category c = DiscussionAccess.readableCategory(em, id, viewer);
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(last_activity_at) FROM forum_thread "
                + "WHERE category_id = ?1 AND state = 'PUBLISHED'").setParameter(1, id).getSingleResult();
        boolean following = viewer.signedIn() && followedBy(viewer.accountId().orElseThrow()).contains(id);
        return new CategoryView(c.id(), c.name(), c.description(), c.membersOnly(), c.position(),
                DiscussionAccess.number(row[0]), DiscussionAccess.instant(row[1]), following);
    }

    @Transactional
    public Category create(Viewer viewer, String name, String description, boolean membersOnly, Integer position) {
        DiscussionAccess.requireAdmin(viewer);
        check(null, name, description);
        Category category = new Category(name, description, membersOnly, position == null ? nextPosition() : position,
                Instant.now());
        em.persist(category);
        em.flush();
        audit.write(viewer, AUDIT_SOURCE, "category.create", "category", String.valueOf(category.id()),
                "after: " + describe(category));
        return category;
    }

    @Transactional
    public Category update(Viewer viewer, long id, String name, String description, boolean membersOnly, Integer position) {
        DiscussionAccess.requireAdmin(viewer);
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw Problem.notFound(DiscussionAccess.NO_CATEGORY);
        }
        check(id, name, description);
        boolean visibilityChanges = category.membersOnly() != membersOnly;
        String before = describe(category);
        category.change(name, description, membersOnly, position == null ? category.position() : position);
        em.flush();
        audit.write(viewer, AUDIT_SOURCE, "category.change", "category", String.valueOf(category.id()),
                "before: " + before + "; after: " + describe(category));
        if (visibilityChanges) {
            search.changed(SearchOutbox.CATEGORY, category.id());
        }
        return category;
    }

    private static String describe(Category c) {
        return "name \"" + c.name() + "\", " + (c.membersOnly() ? "members only" : "open to all") + ", position "
                + c.position() + ", description \"" + c.description() + "\"";
    }

    private void check(Long id, String name, String description) {
        Texts check = new Texts();
        PostRules.category(check, name, description);
        check.throwIfAny();
        boolean taken = em.createQuery("SELECT c.id FROM Category c WHERE LOWER(c.name) = LOWER(:name)", Long.class)
                .setParameter("name", name.strip()).getResultStream().anyMatch(other -> !other.equals(id));
        if (taken) {
            throw new Problem(Problem.Kind.CONFLICT, "name_taken", "There is a category with this name already.",
                    List.of(new Problem.FieldMessage("name", "There is a category with this name already.")), 0);
        }
    }

    private int nextPosition() {
        Integer max = em.createQuery("SELECT MAX(c.position) FROM Category c", Integer.class).getSingleResult();
        return max == null ? 10 : max + 10;
    }

    private Set<Long> followedBy(long accountId) {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT category_id FROM forum_category_follow WHERE account_id = ?1")
                .setParameter(1, accountId).getResultList()) {
            ids.add(DiscussionAccess.number(id));
        }
        return ids;
    }
}
