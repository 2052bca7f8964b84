package org.coproduce.plugins.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;

/**
 * Plan templates: members write them, and their authors (or moderators) publish them. Each change after
 * publishing makes a new draft version, so plans started from an older version keep its sections.
 */
@ApplicationScoped
public class Templates {

    static final String NOT_FOUND = "There is no plan template with this number.";

    @PersistenceContext(unitName = "plans")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    AuditTrail audit;

    /** Published templates, and the viewer's own drafts, by title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Views.TemplateSummary> list(Viewer viewer) {
        List<TemplateVersion> versions = em.createQuery(
                "SELECT v FROM TemplateVersion v JOIN FETCH v.template ORDER BY v.template.id, v.number",
                TemplateVersion.class).getResultList();
        Map<Long, List<TemplateVersion>> byTemplate = new LinkedHashMap<>();
        versions.forEach(v -> byTemplate.computeIfAbsent(v.template().id(), k -> new ArrayList<>()).add(v));
        Set<Long> authorIds = new HashSet<>();
        byTemplate.values().forEach(list -> authorIds.add(list.get(0).template().authorId()));
        Map<Long, Member> authors = members.byIds(authorIds);
        List<Views.TemplateSummary> result = new ArrayList<>();
        for (List<TemplateVersion> list : byTemplate.values()) {
            PlanTemplate template = list.get(0).template();
            Integer published = newestPublished(list).map(TemplateVersion::number).orElse(null);
            Integer draft = draft(list).map(TemplateVersion::number).orElse(null);
            boolean mayEdit = mayEdit(viewer, template);
            if (published == null && !mayEdit) {
                continue;
            }
            result.add(new Views.TemplateSummary(template.id(), template.title(), template.summary(),
                    person(authors, template.authorId()), published, mayEdit ? draft : null));
        }
        result.sort(Comparator.comparing(Views.TemplateSummary::title, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /**
     * Every template the viewer can read, each with the sections of its newest published version (or, for its
     * authors, its draft when nothing is published), in three statements.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Views.Template> readable(Viewer viewer) {
        List<TemplateVersion> versions = em.createQuery(
                "SELECT v FROM TemplateVersion v JOIN FETCH v.template ORDER BY v.template.id, v.number",
                TemplateVersion.class).getResultList();
        Map<Long, List<TemplateVersion>> byTemplate = new LinkedHashMap<>();
        versions.forEach(v -> byTemplate.computeIfAbsent(v.template().id(), k -> new ArrayList<>()).add(v));
        List<TemplateVersion> shown = new ArrayList<>();
        Map<Long, Integer> drafts = new java.util.HashMap<>();
        for (List<TemplateVersion> list : byTemplate.values()) {
            Optional<TemplateVersion> published = newestPublished(list);
            boolean mayEdit = mayEdit(viewer, list.get(0).template());
            if (mayEdit) {
                draft(list).ifPresent(d -> drafts.put(d.template().id(), d.number()));
            }
            if (published.isPresent()) {
                shown.add(published.get());
            } else if (mayEdit) {
                draft(list).ifPresent(shown::add);
            }
        }
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Views.TemplateSectionView>> sections = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM TemplateSection s WHERE s.version IN :versions ORDER BY s.position", TemplateSection.class)
                .setParameter("versions", shown).getResultList()
                .forEach(s -> sections.computeIfAbsent(s.versionId(), k -> new ArrayList<>()).add(
                        new Views.TemplateSectionView(s.position(), s.kind().code(), s.kind().label(), s.heading(), s.prompt())));
        Set<Long> authorIds = new HashSet<>();
        shown.forEach(v -> authorIds.add(v.template().authorId()));
        Map<Long, Member> authors = members.byIds(authorIds);
        return shown.stream().map(v -> new Views.Template(v.template().id(), v.template().title(), v.template().summary(),
                person(authors, v.template().authorId()), v.number(), v.published(),
                v.published() ? v.publishedAt().toInstant() : null, v.published() ? v.number() : null,
                drafts.get(v.template().id()), mayEdit(viewer, v.template()), sections.getOrDefault(v.id(), List.of())))
                .sorted(Comparator.comparing(Views.Template::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * One template with the sections of a version: the one asked for, else the newest published one, else (for
     * its authors) the draft.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Views.Template get(Viewer viewer, long id, Integer versionNumber) {
        PlanTemplate template = em.find(PlanTemplate.class, id);
        if (template == null) {
            throw Problem.notFound(NOT_FOUND);
        }
        List<TemplateVersion> versions = versionsOf(template);
        boolean mayEdit = mayEdit(viewer, template);
        Optional<TemplateVersion> published = newestPublished(versions);
        Optional<TemplateVersion> draft = draft(versions);
        TemplateVersion shown;
        if (versionNumber != null) {
            shown = versions.stream().filter(v -> v.number() == versionNumber && (v.published() || mayEdit)).findFirst()
                    .orElseThrow(() -> Problem.notFound("This template has no version " + versionNumber + " you can see."));
        } else if (published.isPresent()) {
            shown = published.get();
        } else if (mayEdit && draft.isPresent()) {
            shown = draft.get();
        } else {
            throw Problem.notFound(NOT_FOUND);
        }
        Map<Long, Member> authors = members.byIds(List.of(template.authorId()));
        List<Views.TemplateSectionView> sections = shown.sections().stream()
                .map(s -> new Views.TemplateSectionView(s.position(), s.kind().code(), s.kind().label(), s.heading(), s.prompt()))
                .toList();
        return new Views.Template(template.id(), template.title(), template.summary(), person(authors, template.authorId()),
                shown.number(), shown.published(), shown.published() ? shown.publishedAt().toInstant() : null,
                published.map(TemplateVersion::number).orElse(null),
                mayEdit ? draft.map(TemplateVersion::number).orElse(null) : null, mayEdit, sections);
    }

    /** A new template, as a draft (version 1) its author can publish. */
    @Transactional
    public long create(Viewer viewer, TemplateInput input) {
        PlanPrivacy.requireVerified(viewer);
        OffsetDateTime now = now();
        long author = viewer.accountId().orElseThrow();
        PlanTemplate template = new PlanTemplate(input.title(), input.summary(), author, now);
        em.persist(template);
        TemplateVersion draft = new TemplateVersion(template, 1, author, now);
        draft.replaceSections(input.sections());
        em.persist(draft);
        em.flush();
        audit.record("template.created", "plan-template", String.valueOf(template.id()),
                "Draft version 1 with " + input.sections().size() + " sections.");
        return template.id();
    }

    /** Changes the draft, or starts a new draft version when the newest version is published. */
    @Transactional
    public int revise(Viewer viewer, long id, TemplateInput input) {
        PlanTemplate template = editable(viewer, id);
        List<TemplateVersion> versions = versionsOf(template);
        TemplateVersion draft = draft(versions).orElse(null);
        if (draft == null) {
            int next = versions.stream().mapToInt(TemplateVersion::number).max().orElse(0) + 1;
            draft = new TemplateVersion(template, next, viewer.accountId().orElseThrow(), now());
            em.persist(draft);
        }
        template.describe(input.title(), input.summary());
        draft.replaceSections(input.sections());
        audit.record("template.revised", "plan-template", String.valueOf(id), "Draft version " + draft.number() + ".");
        return draft.number();
    }

    /** Publishes the draft: plans can be started from it, and it never changes again. */
    @Transactional
    public int publish(Viewer viewer, long id) {
        PlanTemplate template = editable(viewer, id);
        TemplateVersion draft = draft(versionsOf(template)).orElseThrow(() -> new Problem(Problem.Kind.CONFLICT,
                "nothing_to_publish", "This template has no draft to publish: change it first."));
        if (draft.sections().isEmpty()) {
            throw Problem.invalid(Map.of("sections", "A template needs at least one section before it is published."));
        }
        draft.publish(now());
        audit.record("template.published", "plan-template", String.valueOf(id), "Version " + draft.number() + " published.");
        return draft.number();
    }

    /** The newest published version of a template, to start a plan from. */
    @Transactional(Transactional.TxType.MANDATORY)
    TemplateVersion newestPublished(long templateId) {
        PlanTemplate template = em.find(PlanTemplate.class, templateId);
        if (template == null) {
            throw Problem.invalid(Map.of("templateId", "There is no plan template with this number."));
        }
        return newestPublished(versionsOf(template)).orElseThrow(() -> Problem.invalid(Map.of("templateId",
                "This template has not been published yet, so no plan can be started from it.")));
    }

    /** A published template written by the portal itself (the templates that ship with the plugin). */
    @Transactional(Transactional.TxType.MANDATORY)
    void ship(TemplateInput input) {
        OffsetDateTime now = now();
        PlanTemplate template = new PlanTemplate(input.title(), input.summary(), ShippedTemplates.PORTAL, now);
        em.persist(template);
        TemplateVersion version = new TemplateVersion(template, 1, ShippedTemplates.PORTAL, now);
        version.replaceSections(input.sections());
        version.publish(now);
        em.persist(version);
        em.flush();
        audit.record("template.published", "plan-template", String.valueOf(template.id()), "Shipped with the plugin.");
    }

    /** Finds a template by its exact title (for the demo content). */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<PlanTemplate> byTitle(String title) {
        return em.createQuery("SELECT t FROM PlanTemplate t WHERE t.title = :title", PlanTemplate.class)
                .setParameter("title", title).getResultStream().findFirst();
    }

    private PlanTemplate editable(Viewer viewer, long id) {
        PlanPrivacy.requireVerified(viewer);
        PlanTemplate template = em.find(PlanTemplate.class, id);
        if (template == null) {
            throw Problem.notFound(NOT_FOUND);
        }
        if (!mayEdit(viewer, template)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only the template's author or a moderator can change it.");
        }
        return template;
    }

    private List<TemplateVersion> versionsOf(PlanTemplate template) {
        return em.createQuery("SELECT v FROM TemplateVersion v WHERE v.template = :t ORDER BY v.number", TemplateVersion.class)
                .setParameter("t", template).getResultList();
    }

    /** Whether the viewer may change this template. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayEdit(Viewer viewer, long id) {
        PlanTemplate template = em.find(PlanTemplate.class, id);
        return template != null && mayEdit(viewer, template);
    }

    static boolean mayEdit(Viewer viewer, PlanTemplate template) {
        return viewer.signedIn() && (viewer.accountId().get() == template.authorId() || viewer.has(PortalRole.MODERATOR));
    }

    private static Optional<TemplateVersion> newestPublished(List<TemplateVersion> versions) {
        return versions.stream().filter(TemplateVersion::published).max(Comparator.comparingInt(TemplateVersion::number));
    }

    private static Optional<TemplateVersion> draft(List<TemplateVersion> versions) {
        return versions.stream().filter(v -> !v.published()).max(Comparator.comparingInt(TemplateVersion::number));
    }

    static Views.Person person(Map<Long, Member> known, long id) {
        if (id == ShippedTemplates.PORTAL) {
            return new Views.Person(id, "Coproduce");
        }
        Member m = known.get(id);
        return new Views.Person(id, m == null ? "A former member" : m.displayName());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
