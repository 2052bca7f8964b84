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

    /** View action: visitors sign in first. */
    public void load() {
        if (!viewer.get().signedIn()) {
            Pages.signIn();
            return;
        }
        try {
            caller = access.caller();
        } catch (Problem unverified) {
            Pages.sendError(403, unverified.getMessage());
            return;
        }
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
}
