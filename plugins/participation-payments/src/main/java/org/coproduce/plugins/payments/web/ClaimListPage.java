package org.coproduce.plugins.payments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;
import org.coproduce.plugins.payments.Caller;
import org.coproduce.plugins.payments.PaymentsAccess;
import org.coproduce.plugins.payments.Views;

/**
 * Backs {@code lead} (the claims for activities the viewer leads) and {@code finance} (every submitted claim, for
 * finance staff and auditors; 404 for anyone else).
 */
@Named("claimList")
@RequestScoped
public class ClaimListPage {

    @Inject
    CurrentViewer viewer;

    @Inject
    PaymentsAccess access;

    @Inject
    PageData data;

    @Inject
    org.coproduce.plugins.payments.Activities activities;

    @Inject
    org.coproduce.plugins.payments.Reports reports;

    private List<org.coproduce.plugins.payments.Reports.Line> byQuarter = List.of();
    private List<org.coproduce.plugins.payments.Reports.Line> byKind = List.of();
    private Caller caller;
    private List<Views.ClaimView> claims = List.of();
    private List<Views.ActivityView> led = List.of();
    private String title;
    private String date;
    private String kind;
    private String basis = "HOUR";
    private String rate;
    private String costCode;
    private String leadEmail;

    /** Knows the caller as the request starts, so that the finance form is processed on postback. */
    @jakarta.annotation.PostConstruct
    void init() {
        if (viewer.get().signedIn()) {
            try {
                caller = access.caller();
            } catch (Problem unverified) {
                caller = null;
            }
        }
    }

    /** Finance sets up an activity and goes to its page to offer agreements. */
    public String createActivity() {
        if (caller == null || !caller.finance()) {
            Pages.sendError(404, "There is no such page.");
            return null;
        }
        try {
            java.time.LocalDate day;
            try {
                day = date == null || date.isBlank() ? null : java.time.LocalDate.parse(date.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw Problem.invalid(java.util.Map.of("date", Pages.text("error.date")));
            }
            org.coproduce.plugins.payments.money.FeeBasis feeBasis;
            try {
                feeBasis = org.coproduce.plugins.payments.money.FeeBasis.valueOf(basis);
            } catch (RuntimeException e) {
                throw Problem.invalid(java.util.Map.of("basis", Pages.text("error.choice")));
            }
            var activity = activities.create(caller, new org.coproduce.plugins.payments.Activities.NewActivity(title, day, kind, feeBasis,
                    AgreementPage.number(rate, "rate"), "GBP", costCode, leadEmail, ""));
            Pages.redirect(org.coproduce.plugins.payments.PaymentsPaths.BASE + "activity?id=" + activity.id() + "&done=created");
        } catch (Problem problem) {
            Pages.show(problem, "activity");
        }
        return null;
    }

    public void loadLead() {
        load("lead");
    }

    public void loadFinance() {
        load("all");
    }

    private void load(String scope) {
        if (!viewer.get().signedIn()) {
            Pages.signIn();
            return;
        }
        try {
            caller = access.caller();
            if ("all".equals(scope) && !caller.readsAll()) {
                Pages.sendError(404, "There is no such page.");
                return;
            }
            claims = data.claims(caller, scope);
            if ("all".equals(scope)) {
                byQuarter = reports.paid(caller, "quarter");
                byKind = reports.paid(caller, "kind");
            }
            led = data.led(caller);
        } catch (Problem problem) {
            Pages.sendError(problem.kind().status(), problem.getMessage());
        }
    }

    public List<Views.ClaimView> getClaims() {
        return claims;
    }

    public boolean isFinance() {
        return caller != null && caller.finance();
    }

    public String money(String amount, String currency) {
        return Pages.money(amount, currency);
    }

    public String date(Object value) {
        return value instanceof java.time.LocalDate d ? Pages.date(d) : value instanceof java.time.Instant i ? Pages.date(i) : "";
    }

    public List<Views.ActivityView> getLed() {
        return led;
    }

    public List<String> getBases() {
        return List.of("HOUR", "SESSION", "DAY");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getCostCode() {
        return costCode;
    }

    public void setCostCode(String costCode) {
        this.costCode = costCode;
    }

    public String getLeadEmail() {
        return leadEmail;
    }

    public void setLeadEmail(String leadEmail) {
        this.leadEmail = leadEmail;
    }

    public List<org.coproduce.plugins.payments.Reports.Line> getByQuarter() {
        return byQuarter;
    }

    public List<org.coproduce.plugins.payments.Reports.Line> getByKind() {
        return byKind;
    }
}
