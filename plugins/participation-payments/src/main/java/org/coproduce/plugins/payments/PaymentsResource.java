package org.coproduce.plugins.payments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;
import org.coproduce.plugins.payments.money.TaxYear;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/payments}: payment for participation. Every record is checked on the server for the caller: a
 * person sees their own, a lead their activities', finance and auditors everything; anything else answers 404.
 * Every view and change is written to the audit log.
 */
@Path("payments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Paying people for taking part: activities, agreements, fee and expense claims")
public class PaymentsResource {

    @Inject
    PaymentsAccess access;

    @Inject
    Activities activities;

    @Inject
    Claims claims;

    @Inject
    Benefits benefits;

    @Inject
    PaymentTotals totals;

    @Inject
    PaymentsExport export;

    @Inject
    StaffList staff;

    @Inject
    Statements statements;

    @Inject
    Reports reports;

    @Inject
    Members members;

    @Inject
    AuditTrail audit;

    /** Whether a lead has seen the benefit-limit warning. */
    public record Approval(Boolean benefitWarningSeen) {
    }

    /** Why a claim is rejected. */
    public record Rejection(String reason) {
    }

    /** The benefits a person receives, by code. */
    public record MyBenefits(Set<String> benefits) {
    }

    /** A member to give a role. */
    public record StaffChange(String email, StaffRole role) {
    }

    @GET
    @Path("me")
    @Operation(summary = "What the caller may do with payments")
    @APIResponse(responseCode = "200", description = "The caller's roles")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Views.RolesView me() {
        Caller c = access.caller();
        boolean leads = activities.visible(c).stream().anyMatch(c::leads);
        return new Views.RolesView(c.accountId(), c.finance(), c.role().filter(r -> r == StaffRole.AUDITOR).isPresent(), c.admin(), leads);
    }

    @GET
    @Path("activities")
    @Operation(summary = "The activities the caller may see", description = "Finance and auditors see all; a lead their own; a person those they have an agreement for.")
    @APIResponse(responseCode = "200", description = "Activities, newest first")
    public List<Views.ActivityView> activities() {
        Caller c = access.caller();
        List<Activity> list = activities.visible(c);
        Map<Long, Member> names = members.byIds(list.stream().map(Activity::leadId).toList());
        return list.stream().map(a -> Views.ActivityView.of(a, names)).toList();
    }

    @POST
    @Path("activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up an activity (finance)", description = "The rate has at most two decimal places; the currency is GBP unless given.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Something to correct")
    @APIResponse(responseCode = "403", description = "Not finance")
    public Response createActivity(Activities.NewActivity in) {
        Activity a = activities.create(access.finance(), in);
        return Response.status(201).entity(Views.ActivityView.of(a, members.byIds(List.of(a.leadId())))).build();
    }

    @GET
    @Path("activities/{id}")
    @Operation(summary = "One activity")
    @APIResponse(responseCode = "200", description = "The activity")
    @APIResponse(responseCode = "404", description = "No such activity, or not the caller's to see")
    public Views.ActivityView activity(@PathParam("id") long id) {
        Activity a = activities.read(access.caller(), id);
        return Views.ActivityView.of(a, members.byIds(List.of(a.leadId())));
    }

    @PUT
    @Path("activities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an activity's details (finance)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Something to correct")
    @APIResponse(responseCode = "403", description = "Not finance")
    public Views.ActivityView changeActivity(@PathParam("id") long id, Activities.NewActivity in) {
        Activity a = activities.change(access.finance(), id, in);
        return Views.ActivityView.of(a, members.byIds(List.of(a.leadId())));
    }

    @GET
    @Path("claims/{id}/audit")
    @Operation(summary = "A claim's audit trail (finance and auditors)")
    @APIResponse(responseCode = "200", description = "Entries, oldest first")
    @APIResponse(responseCode = "403", description = "Neither finance nor auditor")
    public List<Views.AuditView> claimAudit(@PathParam("id") long id) {
        Caller c = access.readsAll();
        claims.read(c, id);
        return audit.about(Claims.CLAIM, String.valueOf(id)).stream().map(Views.AuditView::of).toList();
    }

    @GET
    @Path("activities/{id}/agreements")
    @Operation(summary = "An activity's agreements", description = "All of them for its lead, finance and auditors; a person's own otherwise.")
    @APIResponse(responseCode = "200", description = "Agreements")
    @APIResponse(responseCode = "404", description = "No such activity, or not the caller's to see")
    public List<Views.AgreementView> agreements(@PathParam("id") long id) {
        Caller c = access.caller();
        List<Agreement> list = activities.agreements(c, activities.read(c, id));
        Map<Long, Member> names = members.byIds(list.stream().map(Agreement::personId).toList());
        return list.stream().map(g -> Views.AgreementView.of(g, names)).toList();
    }

    @POST
    @Path("activities/{id}/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer a person an agreement (the activity's lead or finance)", description = "The person is told and accepts it in the portal before the work.")
    @APIResponse(responseCode = "201", description = "Offered")
    @APIResponse(responseCode = "400", description = "Something to correct")
    @APIResponse(responseCode = "403", description = "Neither the lead nor finance")
    @APIResponse(responseCode = "409", description = "The person already has one")
    public Response offer(@PathParam("id") long id, Activities.NewAgreement in) {
        Agreement g = activities.offer(access.caller(), id, in);
        return Response.status(201).entity(Views.AgreementView.of(g, members.byIds(List.of(g.personId())))).build();
    }

    @GET
    @Path("agreements")
    @Operation(summary = "The caller's own agreements")
    @APIResponse(responseCode = "200", description = "Agreements, newest first")
    public List<Views.AgreementView> myAgreements() {
        Caller c = access.caller();
        List<Agreement> list = activities.mine(c);
        Map<Long, Member> names = members.byIds(List.of(c.accountId()));
        return list.stream().map(g -> Views.AgreementView.of(g, names)).toList();
    }

    @GET
    @Path("agreements/{id}")
    @Operation(summary = "One agreement")
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "404", description = "No such agreement, or not the caller's to see")
    public Views.AgreementView agreement(@PathParam("id") long id) {
        Agreement g = activities.agreement(access.caller(), id);
        return Views.AgreementView.of(g, members.byIds(List.of(g.personId())));
    }

    @POST
    @Path("agreements/{id}/acceptance")
    @Operation(summary = "Accept an agreement (its person, before the activity)")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "409", description = "Already accepted or withdrawn, or the activity has passed")
    public Views.AgreementView accept(@PathParam("id") long id) {
        Agreement g = activities.accept(access.caller(), id);
        return Views.AgreementView.of(g, members.byIds(List.of(g.personId())));
    }

    @POST
    @Path("agreements/{id}/withdrawal")
    @Operation(summary = "Withdraw from an agreement (its person)")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    public Views.AgreementView withdraw(@PathParam("id") long id) {
        Agreement g = activities.withdraw(access.caller(), id);
        return Views.AgreementView.of(g, members.byIds(List.of(g.personId())));
    }

    @GET
    @Path("claims")
    @Operation(summary = "Claims", description = "scope=mine (default): the caller's own; lead: their activities' submitted claims; all: every submitted claim (finance and auditors).")
    @APIResponse(responseCode = "200", description = "Claims, newest first (without items)")
    @APIResponse(responseCode = "403", description = "scope=all for someone who is neither finance nor auditor")
    public List<Views.ClaimView> claims(@QueryParam("scope") String scope) {
        Caller c = access.caller();
        List<Claim> list = claims.visible(c, scope == null ? "mine" : scope);
        Map<Long, Member> names = members.byIds(list.stream().map(Claim::personId).toList());
        return list.stream().map(cl -> Views.ClaimView.of(cl, names, claims.overdue(cl), Optional.empty(), false)).toList();
    }

    @POST
    @Path("claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a claim (a draft) under an accepted agreement", description = "kind FEE with quantity (units of the activity's basis) and choice ACCEPT, TAKE_LESS (lessAmount), DECLINE or CHARITY (charity); or kind EXPENSES.")
    @APIResponse(responseCode = "201", description = "The draft claim")
    @APIResponse(responseCode = "400", description = "Something to correct, or past the claim deadline")
    @APIResponse(responseCode = "409", description = "The agreement is not accepted, or the activity has not happened yet")
    public Response createClaim(Claims.NewClaim in) {
        Caller c = access.caller();
        Claim claim = claims.create(c, in);
        return Response.status(201).entity(view(c, claim)).build();
    }

    @GET
    @Path("claims/{id}")
    @Operation(summary = "One claim with its items", description = "The activity's lead also sees a benefit-limit warning, without any benefit details.")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(responseCode = "404", description = "No such claim, or not the caller's to see")
    public Views.ClaimView claim(@PathParam("id") long id) {
        Caller c = access.caller();
        return view(c, claims.read(c, id));
    }

    @POST
    @Path("claims/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an expense item to a draft claim", description = "MILEAGE gives miles (paid at the configured rate per mile); other kinds give the amount and need a receipt.")
    @APIResponse(responseCode = "201", description = "The claim with the new item")
    @APIResponse(responseCode = "400", description = "Something to correct")
    public Response addItem(@PathParam("id") long id, Claims.NewItem in) {
        Caller c = access.caller();
        claims.addItem(c, id, in);
        return Response.status(201).entity(view(c, claims.find(c, id))).build();
    }

    @PUT
    @Path("claims/{id}/items/{itemId}/receipt")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload an item's receipt (the file is the request body)", description = "A PNG, JPEG or PDF, recognised by its content, within the size limit.")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(responseCode = "400", description = "Not a PNG, JPEG or PDF")
    @APIResponse(responseCode = "413", description = "Too large")
    public Views.ClaimView uploadReceipt(@PathParam("id") long id, @PathParam("itemId") long itemId, InputStream body) {
        Caller c = access.caller();
        claims.attachReceipt(c, id, itemId, body);
        return view(c, claims.find(c, id));
    }

    @GET
    @Path("claims/{id}/items/{itemId}/receipt")
    @Produces({"image/png", "image/jpeg", "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "An item's receipt file")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such receipt, or not the caller's to see")
    public Response receipt(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        Map.Entry<ExpenseItem, byte[]> r = claims.receipt(access.caller(), id, itemId);
        String type = r.getKey().receiptType().orElseThrow().mediaType();
        return Response.ok(r.getValue(), type).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + itemId + r.getKey().receiptType().orElseThrow().extension() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("claims/{id}/submission")
    @Operation(summary = "Submit a draft claim (its person)", description = "Within the claim deadline; every item but mileage needs a receipt.")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "409", description = "Not a draft, or missing items or receipts")
    public Views.ClaimView submit(@PathParam("id") long id) {
        Caller c = access.caller();
        return view(c, claims.submit(c, id));
    }

    @POST
    @Path("claims/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a submitted claim (the activity's lead, never their own)", description = "When the fee would take the person over a benefit limit, set benefitWarningSeen to approve anyway.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "403", description = "Not the lead, or one's own claim")
    @APIResponse(responseCode = "409", description = "Not submitted, or a benefit-limit warning not yet seen")
    public Views.ClaimView approve(@PathParam("id") long id, Approval in) {
        Caller c = access.caller();
        return view(c, claims.approve(c, id, in != null && Boolean.TRUE.equals(in.benefitWarningSeen())));
    }

    @POST
    @Path("claims/{id}/authorisation")
    @Operation(summary = "Authorise an approved claim for payment (finance)")
    @APIResponse(responseCode = "200", description = "Authorised")
    @APIResponse(responseCode = "403", description = "Not finance, or one's own claim")
    @APIResponse(responseCode = "409", description = "Not approved")
    public Views.ClaimView authorise(@PathParam("id") long id) {
        Caller c = access.caller();
        return view(c, claims.authorise(c, id));
    }

    @POST
    @Path("claims/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that an authorised claim was paid (finance)", description = "The date, the method (BANK_TRANSFER, CASH, VOUCHER) and the payment reference.")
    @APIResponse(responseCode = "200", description = "Paid")
    @APIResponse(responseCode = "409", description = "Not authorised (a rejected claim is never paid)")
    public Views.ClaimView pay(@PathParam("id") long id, Claims.Payment in) {
        Caller c = access.caller();
        return view(c, claims.pay(c, id, in));
    }

    @POST
    @Path("claims/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a claim with a reason (the lead before approval, or finance)")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "409", description = "Already paid or rejected")
    public Views.ClaimView reject(@PathParam("id") long id, Rejection in) {
        Caller c = access.caller();
        return view(c, claims.reject(c, id, in == null ? null : in.reason()));
    }

    @GET
    @Path("totals")
    @Operation(summary = "Fee totals per tax year, month and week", description = "The caller's own; finance and auditors may name a person.")
    @APIResponse(responseCode = "200", description = "Totals")
    public Views.TotalsView totals(@QueryParam("personId") Long personId) {
        Caller c = access.caller();
        return totals.of(c, personId == null ? c.accountId() : personId);
    }

    @GET
    @Path("statement.csv")
    @Produces("text/csv")
    @Operation(summary = "A person's annual statement for a tax year, as CSV", description = "taxYear is the year it starts in (2026 for 6 April 2026 to 5 April 2027). The caller's own; finance and auditors may name a person.")
    @APIResponse(responseCode = "200", description = "The CSV")
    @APIResponse(responseCode = "404", description = "Someone else's, for anyone but finance and auditors")
    public Response statement(@QueryParam("taxYear") Integer taxYear, @QueryParam("personId") Long personId) {
        Statements.Statement s = statementFor(taxYear, personId);
        return Response.ok(Statements.csv(s), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"payments-statement-" + s.year().label() + ".csv\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("statement.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A person's annual statement for a tax year, as a PDF with a letter for a benefits office",
            description = "The same payments and totals as statement.csv. The caller's own; finance and auditors may name a person.")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", description = "Someone else's, for anyone but finance and auditors")
    public Response statementPdf(@QueryParam("taxYear") Integer taxYear, @QueryParam("personId") Long personId) {
        Statements.Statement s = statementFor(taxYear, personId);
        return Response.ok(StatementPdf.write(s), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"payments-statement-" + s.year().label() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    /** The statement for a tax year (the current one unless named), the caller's own unless they read all. */
    private Statements.Statement statementFor(Integer taxYear, Long personId) {
        Caller c = access.caller();
        int year = taxYear == null ? TaxYear.of(LocalDate.now()).startYear() : taxYear;
        return statements.of(c, personId == null ? c.accountId() : personId, year);
    }

    @GET
    @Path("reports")
    @Operation(summary = "What was paid, per activity, quarter or kind of activity (finance and auditors)", description = "by=activity|quarter|kind; share is each line's part of the largest, 0 to 100, for a bar chart.")
    @APIResponse(responseCode = "200", description = "Report lines, in order of their group")
    @APIResponse(responseCode = "400", description = "An unknown grouping")
    @APIResponse(responseCode = "403", description = "Neither finance nor auditor")
    public List<Reports.Line> reports(@QueryParam("by") String by) {
        return reports.paid(access.caller(), by);
    }

    @GET
    @Path("benefit-kinds")
    @Operation(summary = "The kinds of benefit and their limits")
    @APIResponse(responseCode = "200", description = "Kinds")
    public List<Views.BenefitKindView> benefitKinds() {
        access.caller();
        return benefits.kinds().stream().map(Views.BenefitKindView::of).toList();
    }

    @PUT
    @Path("benefit-kinds/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a kind of benefit and its limits (finance)")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "403", description = "Not finance")
    public Views.BenefitKindView changeBenefitKind(@PathParam("code") String code, Benefits.KindChange in) {
        return Views.BenefitKindView.of(benefits.change(access.finance(), code, in));
    }

    @GET
    @Path("benefits")
    @Operation(summary = "The benefits a person receives", description = "The caller's own; finance may name a person. Private to the person and finance.")
    @APIResponse(responseCode = "200", description = "Benefits")
    @APIResponse(responseCode = "404", description = "Someone else's, for anyone but finance")
    public List<Views.BenefitKindView> myBenefits(@QueryParam("personId") Long personId) {
        Caller c = access.caller();
        return benefits.of(c, personId == null ? c.accountId() : personId).stream().map(Views.BenefitKindView::of).toList();
    }

    @PUT
    @Path("benefits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record which benefits the caller receives")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "An unknown benefit")
    public List<Views.BenefitKindView> recordBenefits(MyBenefits in) {
        Caller c = access.caller();
        return benefits.record(c, in == null ? Set.of() : in.benefits()).stream().map(Views.BenefitKindView::of).toList();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Authorised and paid claims as CSV, for payroll or the bank (finance)")
    @APIResponse(responseCode = "200", description = "The CSV")
    @APIResponse(responseCode = "403", description = "Not finance")
    public Response exportCsv() {
        return Response.ok(export.csv(access.finance()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"payments.csv\"").header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("staff")
    @Operation(summary = "Who holds finance and auditor roles (administrators and finance)")
    @APIResponse(responseCode = "200", description = "Staff")
    public List<Views.StaffView> staff() {
        Caller c = access.caller();
        if (!c.admin() && !c.finance()) {
            throw PaymentsAccess.forbidden("Only administrators and finance can see this.");
        }
        List<Staff> list = staff.all();
        Map<Long, Member> names = members.byIds(list.stream().map(Staff::accountId).toList());
        return list.stream().map(s -> new Views.StaffView(s.accountId(), Views.name(names, s.accountId()), s.role().name())).toList();
    }

    @PUT
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a member the FINANCE or AUDITOR role (administrators)")
    @APIResponse(responseCode = "200", description = "Given")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Views.StaffView putStaff(StaffChange in) {
        Caller c = access.caller();
        Staff s = staff.put(c, in == null ? null : in.email(), in == null ? null : in.role());
        return new Views.StaffView(s.accountId(), Views.name(members.byIds(List.of(s.accountId())), s.accountId()), s.role().name());
    }

    @DELETE
    @Path("staff/{accountId}")
    @Operation(summary = "Take a member's payments role away (administrators)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeStaff(@PathParam("accountId") long accountId) {
        staff.remove(access.caller(), accountId);
        return Response.noContent().build();
    }

    private Views.ClaimView view(Caller c, Claim claim) {
        Set<Long> ids = new HashSet<>(List.of(claim.personId()));
        Optional<String> warning = c.leads(claim.activity()) && claim.status() == org.coproduce.plugins.payments.money.ClaimStatus.SUBMITTED
                ? claims.benefitWarning(claim) : Optional.empty();
        return Views.ClaimView.of(claim, members.byIds(ids), claims.overdue(claim), warning, true);
    }
}
