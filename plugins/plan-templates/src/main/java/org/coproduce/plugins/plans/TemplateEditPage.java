package org.coproduce.plugins.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;

/**
 * /plugins/plan-templates/template-edit (?id=N to change one): writing a template as a list of section rows, with a
 * few empty rows to add sections (rows left empty are dropped), and publishing drafts from the templates page.
 */
@Named("templateEditPage")
@RequestScoped
public class TemplateEditPage {

    /** Empty rows offered for new sections. */
    static final int SPARE_ROWS = 3;

    /** One section row of the form, as typed. */
    public record Row(int index, String kind, String heading, String prompt) {
    }

    @Inject
    Templates templates;

    @Inject
    CurrentViewer viewer;

    private String id;
    private String title = "";
    private String summary = "";
    private List<Row> rows = new ArrayList<>();
    private Map<String, String> errors = Map.of();
    private boolean loaded;
    private boolean formRead;

    /** View action: visitors sign in; an existing template is loaded (its draft, else its newest published version). */
    public void load() {
        if (!viewer.get().signedIn()) {
            PageSupport.signInFirst();
            return;
        }
        try {
            Long templateId = PageSupport.id(id);
            if (templateId != null) {
                Views.Template template = templates.get(viewer.get(), templateId, null);
                if (template.draftVersion() != null && template.draftVersion() != template.version()) {
                    template = templates.get(viewer.get(), templateId, template.draftVersion());
                }
                if (template.draftVersion() == null && !templates.mayEdit(viewer.get(), templateId)) {
                    throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only the template's author or a moderator can change it.");
                }
                title = template.title();
                summary = template.summary();
                template.sections().forEach(s -> rows.add(new Row(rows.size(), s.kind(), s.heading(), s.prompt())));
            }
            for (int i = 0; i < SPARE_ROWS; i++) {
                rows.add(new Row(rows.size(), "", "", ""));
            }
            loaded = true;
        } catch (Problem problem) {
            PageSupport.sendError(problem);
        }
    }

    public String save() {
        readFormOnce();
        List<TemplateInput.SectionRequest> sections = new ArrayList<>();
        for (Row row : rows) {
            if (!(Texts.trimmed(row.heading()).isEmpty() && Texts.trimmed(row.prompt()).isEmpty())) {
                sections.add(new TemplateInput.SectionRequest(row.kind(), row.heading(), row.prompt()));
            }
        }
        try {
            TemplateInput input = TemplateInput.from(new TemplateInput.Request(title, summary, sections));
            Long templateId = PageSupport.id(id);
            long saved = templateId == null ? templates.create(viewer.get(), input) : templateId;
            if (templateId != null) {
                templates.revise(viewer.get(), templateId, input);
            }
            PageSupport.redirect(PlanPaths.HOME + "templates?done=saved#template-" + saved);
        } catch (Problem problem) {
            errors = PageSupport.show(problem);
        }
        return null;
    }

    public String publish() {
        Long templateId = PageSupport.id(PageSupport.param("id"));
        try {
            templates.publish(viewer.get(), templateId == null ? 0 : templateId);
            PageSupport.redirect(PlanPaths.HOME + "templates?done=published#template-" + templateId);
        } catch (Problem problem) {
            PageSupport.show(problem);
        }
        return null;
    }

    /**
     * On a form post, reads what was sent before anything needs it: the rows are repeated in the page, so they
     * must be there when the form is decoded, and are shown again as typed after an error.
     */
    private void readFormOnce() {
        if (!formRead && PageSupport.faces().isPostback()) {
            formRead = true;
            readForm();
        }
    }

    /** Reads the rows the form sent (it says how many). */
    private void readForm() {
        if (id == null) {
            id = PageSupport.param("id");
        }
        title = nonNull(PageSupport.param("title"));
        summary = nonNull(PageSupport.param("summary"));
        rows = new ArrayList<>();
        Long count = PageSupport.id(PageSupport.param("rows"));
        for (int i = 0; count != null && i < Math.min(count, TemplateInput.MAX_SECTIONS + SPARE_ROWS); i++) {
            rows.add(new Row(i, nonNull(PageSupport.param("kind-" + i)), nonNull(PageSupport.param("heading-" + i)),
                    nonNull(PageSupport.param("prompt-" + i))));
        }
        loaded = true;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public boolean isLoaded() {
        return loaded || PageSupport.faces().isPostback();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<SectionKind> getKinds() {
        return List.of(SectionKind.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        readFormOnce();
        return title;
    }

    public String getSummary() {
        readFormOnce();
        return summary;
    }

    public List<Row> getRows() {
        readFormOnce();
        return rows;
    }

    /** What the templates page says was just done ({@code saved} or {@code published}), or null. */
    public String getDone() {
        String done = PageSupport.param("done");
        return "saved".equals(done) || "published".equals(done) ? done : null;
    }
}
