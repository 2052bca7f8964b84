package org.coproduce.plugins.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;

/**
 * /plugins/plan-templates/plan?id=N (and its print and history views): the plan for its team, and every change the
 * team makes through forms. Forms use plain named fields, so that a section's form keeps what was typed in that
 * section only, and repeat the plan's number as a hidden field.
 */
@Named("planPage")
@RequestScoped
public class PlanPage {

    @Inject
    Plans plans;

    @Inject
    CurrentViewer viewer;

    private String id;
    private Views.PlanView plan;
    private List<Views.Change> history;
    private Map<String, String> errors = Map.of();
    private final Map<String, String> typed = new HashMap<>();
    private Long failedSection;
    private boolean postLoaded;

    /** View action for the plan and print views: loads the plan (audited) or answers 404. */
    public void load() {
        try {
            plan = plans.view(viewer.get(), requireId());
        } catch (Problem problem) {
            PageSupport.sendError(problem);
        }
    }

    /** View action for the history view. */
    public void loadHistory() {
        try {
            long planId = requireId();
            plan = plans.view(viewer.get(), planId);
            history = plans.history(viewer.get(), planId);
        } catch (Problem problem) {
            PageSupport.sendError(problem);
        }
    }

    private long requireId() {
        if (id == null) {
            id = PageSupport.param("id");
        }
        Long planId = PageSupport.id(id);
        if (planId == null) {
            throw Problem.notFound(PlanPrivacy.NOT_FOUND);
        }
        return planId;
    }

    // ------------------------------------------------------------ actions (each form posts the plan's id)

    public String addEntry() {
        Long section = PageSupport.id(PageSupport.param("sectionId"));
        remember("text", "supportStatus", "who", "when");
        return act(() -> plans.addEntry(viewer.get(), requireId(), section == null ? 0 : section, new EntryInput.Request(
                typed.get("text"), typed.get("supportStatus"), typed.get("who"), typed.get("when"))), section);
    }

    public String changeEntry() {
        Long entry = PageSupport.id(PageSupport.param("entryId"));
        EntryInput.Request request = new EntryInput.Request(PageSupport.param("text"), PageSupport.param("supportStatus"),
                PageSupport.param("who"), PageSupport.param("when"));
        return act(() -> plans.changeEntry(viewer.get(), requireId(), entry == null ? 0 : entry, request), null);
    }

    public String removeEntry() {
        Long entry = PageSupport.id(PageSupport.param("entryId"));
        return act(() -> plans.removeEntry(viewer.get(), requireId(), entry == null ? 0 : entry), null);
    }

    public String addToTeam() {
        remember("email", "relationship");
        return act(() -> plans.addToTeam(viewer.get(), requireId(), new Plans.TeamRequest(typed.get("email"), typed.get("relationship"))), null);
    }

    public String removeFromTeam() {
        Long member = PageSupport.id(PageSupport.param("accountId"));
        return act(() -> plans.removeFromTeam(viewer.get(), requireId(), member == null ? 0 : member), null);
    }

    public String recordVoice() {
        remember("feelsHeard", "note");
        return act(() -> plans.recordVoice(viewer.get(), requireId(), new Plans.VoiceRequest(typed.get("feelsHeard"), typed.get("note"))), null);
    }

    public String setReviewDate() {
        remember("reviewDate");
        return act(() -> plans.setReviewDate(viewer.get(), requireId(), new Plans.ReviewRequest(typed.get("reviewDate"))), null);
    }

    public String signOff() {
        return act(() -> plans.signOff(viewer.get(), requireId()), null);
    }

    private String act(Runnable change, Long section) {
        try {
            change.run();
            PageSupport.redirect(PlanPaths.plan(requireId()) + "&done=saved");
        } catch (Problem problem) {
            errors = PageSupport.show(problem);
            failedSection = section;
            if (problem.kind() == Problem.Kind.NOT_FOUND || problem.kind() == Problem.Kind.UNAUTHORIZED) {
                PageSupport.sendError(problem);
                return null;
            }
            try {
                plan = plans.view(viewer.get(), requireId());
            } catch (Problem gone) {
                PageSupport.sendError(gone);
            }
        }
        return null;
    }

    private void remember(String... names) {
        for (String name : names) {
            String value = PageSupport.param(name);
            if (value != null) {
                typed.put(name, value);
            }
        }
    }

    // ------------------------------------------------------------ for the views

    /** What was just done, for the message at the top of the plan ({@code started} or {@code saved}), or null. */
    public String getDone() {
        return PageSupport.done();
    }

    public Views.PlanView getPlan() {
        if (plan == null && !postLoaded && PageSupport.faces().isPostback()) {
            postLoaded = true;
            try {
                plan = plans.forFormPost(viewer.get(), requireId());
            } catch (Problem problem) {
                // Someone no longer on the team (or never on it) posts a form: they get the same answer as a reader.
                PageSupport.sendError(problem);
            }
        }
        return plan;
    }

    public List<Views.Change> getHistory() {
        return history;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The message about a field of the form that failed, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** What was typed in a field of the form that failed (the section's own form only, for entries). */
    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    /** What was typed in an entry field, only for the section whose form failed. */
    public String typedIn(long sectionId, String field) {
        return failedSection != null && failedSection == sectionId ? typed(field) : "";
    }

    /** A field error, only for the section whose form failed. */
    public String errorIn(long sectionId, String field) {
        return failedSection != null && failedSection == sectionId ? errors.get(field) : null;
    }

    public boolean isMine(long accountId) {
        return viewer.get().accountId().map(me -> me == accountId).orElse(false);
    }

    public List<SupportStatus> getSupportStatuses() {
        return List.of(SupportStatus.values());
    }

    public List<FeelsHeard> getAnswers() {
        return List.of(FeelsHeard.values());
    }

    /** The value to show in the review date field: what was typed, else the plan's date. */
    public String getReviewDateValue() {
        if (typed.containsKey("reviewDate")) {
            return typed.get("reviewDate");
        }
        return plan == null || plan.reviewDate() == null ? "" : plan.reviewDate().toString();
    }

    /** The voice answer to show as chosen: what was sent, else the plan's. */
    public String getChosenAnswer() {
        if (typed.containsKey("feelsHeard")) {
            return typed.get("feelsHeard");
        }
        return plan == null || plan.voice().feelsHeard() == null ? "" : plan.voice().feelsHeard();
    }

    /** A date and time shown as day month year. */
    public String day(java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm")
                .withLocale(PageSupport.faces().getViewRoot().getLocale()).withZone(java.time.ZoneId.of("Europe/London")).format(at);
    }
}
