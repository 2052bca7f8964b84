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

    private Caller caller;
    private List<Views.ClaimView> claims = List.of();

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
}
