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

/** Backs {@code /plugins/participation-payments/}: the person's totals, agreements and claims, and links for leads and finance. */
@Named("myPayments")
@RequestScoped
public class MyPaymentsPage {

    @Inject
    CurrentViewer viewer;

    @Inject
    PaymentsAccess access;

    @Inject
    PageData data;

    private Caller caller;
    private Views.TotalsView myTotals;
    private List<Views.AgreementView> agreements = List.of();
    private List<Views.ClaimView> myClaims = List.of();
    private boolean leads;
    private List<Views.BenefitKindView> benefitKinds = List.of();
    private List<String> benefits = new java.util.ArrayList<>();

    @Inject
    org.coproduce.plugins.payments.Benefits benefitService;

    /** Knows the caller as the request starts, so that the benefits form is processed on postback. */
    @jakarta.annotation.PostConstruct
    void init() {
        if (viewer.get().signedIn()) {
            try {
                caller = access.caller();
                benefitKinds = benefitService.kinds().stream().map(Views.BenefitKindView::of).toList();
            } catch (Problem unverified) {
                caller = null;
            }
        }
    }

    /** View action: visitors sign in first. */
    public void load() {
        if (!viewer.get().signedIn()) {
            Pages.signIn();
            return;
        }
        if (caller == null) {
            Pages.sendError(403, "Please confirm your email address first: we sent you a link.");
            return;
        }
        benefits = new java.util.ArrayList<>(benefitService.of(caller, caller.accountId()).stream()
                .map(org.coproduce.plugins.payments.BenefitKind::code).toList());
        PageData.Mine mine = data.mine(caller);
        myTotals = mine.totals();
        agreements = mine.agreements();
        myClaims = mine.claims();
        leads = mine.leads();
    }

    public Caller getCaller() {
        return caller;
    }

    public Views.TotalsView getTotals() {
        return myTotals;
    }

    public List<Views.AgreementView> getAgreements() {
        return agreements;
    }

    public List<Views.ClaimView> getClaims() {
        return myClaims;
    }

    public boolean isLeads() {
        return leads;
    }

    public String money(String amount, String currency) {
        return Pages.money(amount, currency);
    }

    public String date(Object value) {
        return value instanceof java.time.LocalDate d ? Pages.date(d) : value instanceof java.time.Instant i ? Pages.date(i) : "";
    }

    /** Saves which benefits the person receives (seen only by them and finance). */
    public String saveBenefits() {
        if (caller != null) {
            try {
                benefitService.record(caller, new java.util.LinkedHashSet<>(benefits == null ? List.of() : benefits));
                Pages.redirect(org.coproduce.plugins.payments.PaymentsPaths.BASE + "?done=benefits");
            } catch (Problem problem) {
                Pages.show(problem, "benefits");
            }
        }
        return null;
    }

    public boolean isBenefitsSaved() {
        return "benefits".equals(Pages.request().getParameter("done"));
    }

    public List<Views.BenefitKindView> getBenefitKinds() {
        return benefitKinds;
    }

    public List<String> getBenefits() {
        return benefits;
    }

    public void setBenefits(List<String> benefits) {
        this.benefits = benefits;
    }
}
