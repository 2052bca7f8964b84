package org.coproduce.plugins.plans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/plans}: plans for their team only. Anyone else gets 404 for a plan's number (administrators 403:
 * they may know a plan exists, not what it says). Every view and change is audited.
 */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Person-centred plans the participant co-owns; private to the plan's team.")
public class PlansResource {

    @Inject
    Plans plans;

    @Inject
    DueReviews dueReviews;

    @Inject
    PlanPdf pdf;

    @Inject
    CurrentViewer viewer;

    /** The id of something just made. */
    public record Created(long id) {
    }

    /** How many plans were reminded. */
    public record Reminded(int plans) {
    }

    @GET
    @Operation(summary = "The caller's plans: those they are the participant of or on the team of")
    @APIResponse(responseCode = "200", description = "The plans, newest change first")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<Views.PlanSummary> mine() {
        return plans.mine(viewer.get());
    }

    @GET
    @Path("overview")
    @Operation(summary = "Administrators: which plans exist (number, template, when started, team size), never their contents")
    @APIResponse(responseCode = "200", description = "Every plan's existence")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<Views.PlanExistence> overview() {
        return plans.overview(viewer.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a plan from the newest published version of a template",
            description = "For the caller, or for the member whose email is given (the caller then joins its team).")
    @APIResponse(responseCode = "201", description = "The new plan")
    @APIResponse(responseCode = "400", description = "No such published template, or no such member")
    public Response start(Plans.StartRequest request) {
        long id = plans.start(viewer.get(), request);
        return Response.status(Response.Status.CREATED).entity(plans.view(viewer.get(), id)).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "The whole plan: sections and entries, team, voice, access and sign-off")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "403", description = "An administrator outside the team: the plan exists but is private")
    @APIResponse(responseCode = "404", description = "No such plan that the caller can see")
    public Views.PlanView get(@PathParam("id") long id) {
        return plans.view(viewer.get(), id);
    }

    @GET
    @Path("{id: \\d+}/history")
    @Operation(summary = "Every change to the plan, with who made it and when, oldest first")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such plan that the caller can see")
    public List<Views.Change> history(@PathParam("id") long id) {
        return plans.history(viewer.get(), id);
    }

    @GET
    @Path("{id: \\d+}/audit")
    @Operation(summary = "Who has read or changed the plan and when: for the person it is for, and administrators")
    @APIResponse(responseCode = "200", description = "The audit trail, oldest first")
    @APIResponse(responseCode = "403", description = "A team member who is not the participant")
    @APIResponse(responseCode = "404", description = "No such plan that the caller can see")
    public List<Views.AuditLine> audit(@PathParam("id") long id) {
        return plans.auditLog(viewer.get(), id);
    }

    @GET
    @Path("{id: \\d+}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The plan as a PDF document")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", description = "No such plan that the caller can see")
    public Response pdf(@PathParam("id") long id) {
        Views.PlanView plan = plans.export(viewer.get(), id, "PDF");
        return Response.ok(pdf.write(plan), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id: \\d+}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant adds a member to the team by email address")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "400", description = "No member with this email, or no relationship given")
    @APIResponse(responseCode = "403", description = "Not the participant")
    @APIResponse(responseCode = "409", description = "Already on the team")
    public Views.PlanView addToTeam(@PathParam("id") long id, Plans.TeamRequest request) {
        plans.addToTeam(viewer.get(), id, request);
        return plans.view(viewer.get(), id);
    }

    @DELETE
    @Path("{id: \\d+}/team/{accountId: \\d+}")
    @Operation(summary = "The participant removes someone from the team")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "403", description = "Not the participant")
    public Views.PlanView removeFromTeam(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        plans.removeFromTeam(viewer.get(), id, accountId);
        return plans.view(viewer.get(), id);
    }

    @POST
    @Path("{id: \\d+}/sections/{sectionId: \\d+}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A team member writes in a section (this clears the sign-off)",
            description = "Needs take supportStatus (in-place, planned or missing); supports may take who and when.")
    @APIResponse(responseCode = "201", description = "The new entry's id")
    @APIResponse(responseCode = "400", description = "Empty text, or fields the section's kind does not take")
    @APIResponse(responseCode = "404", description = "No such plan or section that the caller can see")
    public Response addEntry(@PathParam("id") long id, @PathParam("sectionId") long sectionId, EntryInput.Request request) {
        long entry = plans.addEntry(viewer.get(), id, sectionId, request);
        return Response.status(Response.Status.CREATED).entity(new Created(entry)).build();
    }

    @PUT
    @Path("{id: \\d+}/entries/{entryId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Its author changes an entry (this clears the sign-off; the old words stay in the history)")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "403", description = "Not the entry's author")
    public void changeEntry(@PathParam("id") long id, @PathParam("entryId") long entryId, EntryInput.Request request) {
        plans.changeEntry(viewer.get(), id, entryId, request);
    }

    @DELETE
    @Path("{id: \\d+}/entries/{entryId: \\d+}")
    @Operation(summary = "Its author takes an entry back (this clears the sign-off; the words stay in the history)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not the entry's author")
    public void removeEntry(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        plans.removeEntry(viewer.get(), id, entryId);
    }

    @PUT
    @Path("{id: \\d+}/voice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant says whether they feel heard: yes, partly or no, with a note")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "403", description = "Not the participant")
    public Views.PlanView voice(@PathParam("id") long id, Plans.VoiceRequest request) {
        plans.recordVoice(viewer.get(), id, request);
        return plans.view(viewer.get(), id);
    }

    @PUT
    @Path("{id: \\d+}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A team member sets the review date (yyyy-mm-dd; empty for none); the team is reminded a week before")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "400", description = "Not a date, or a date in the past")
    public Views.PlanView review(@PathParam("id") long id, Plans.ReviewRequest request) {
        plans.setReviewDate(viewer.get(), id, request);
        return plans.view(viewer.get(), id);
    }

    @POST
    @Path("{id: \\d+}/sign-off")
    @Operation(summary = "The participant signs the plan off as it stands; any later change clears it")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "403", description = "Not the participant")
    @APIResponse(responseCode = "409", description = "Already signed off")
    public Views.PlanView signOff(@PathParam("id") long id) {
        plans.signOff(viewer.get(), id);
        return plans.view(viewer.get(), id);
    }

    /** The request to run the reminder check for a day. */
    public record ReminderRun(String today) {
    }

    @POST
    @Path("reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Administrators: run the review reminder check now (as on the given day, default today)",
            description = "The same check runs on a schedule while the plugin is on.")
    @APIResponse(responseCode = "200", description = "How many plans were reminded")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Reminded runReminders(ReminderRun run) {
        Viewer who = viewer.get();
        if (!who.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        if (!who.has(PortalRole.ADMIN)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only administrators can run the reminder check.");
        }
        LocalDate today = LocalDate.now();
        if (run != null && run.today() != null && !run.today().isBlank()) {
            try {
                today = LocalDate.parse(run.today().strip());
            } catch (java.time.DateTimeException e) {
                throw Problem.invalid(Map.of("today", "Please give the day as year-month-day, for example 2027-03-31."));
            }
        }
        return new Reminded(dueReviews.remind(today));
    }
}
