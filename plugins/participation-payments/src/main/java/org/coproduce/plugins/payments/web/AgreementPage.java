package org.coproduce.plugins.payments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;
import org.coproduce.plugins.payments.Activities;
import org.coproduce.plugins.payments.Caller;
import org.coproduce.plugins.payments.Claim;
import org.coproduce.plugins.payments.Claims;
import org.coproduce.plugins.payments.PaymentsAccess;
import org.coproduce.plugins.payments.PaymentsPaths;
import org.coproduce.plugins.payments.Views;
import org.coproduce.plugins.payments.money.ClaimKind;
import org.coproduce.plugins.payments.money.FeeChoice;
import org.coproduce.plugins.payments.money.Fees;
import org.coproduce.plugins.payments.money.Money;

/**
 * Backs {@code /plugins/participation-payments/agreement?id=N}: the agreement, accepting or withdrawing from it,
 * and starting a fee or expense claim under it. The id comes with every request, forms included.
 */
@Named("agreementPage")
@RequestScoped
public class AgreementPage {

    @Inject
    CurrentViewer viewer;

    @Inject
    PaymentsAccess access;

    @Inject
    Activities activities;

    @Inject
    Claims claims;

    @Inject
    PageData data;

    private long id;
    private Caller caller;
    private Views.AgreementView agreement;
    private String quantity;
    private String choice = "ACCEPT";
    private String lessAmount;
    private String charity;

    /** Reads the record as the request starts, so that forms inside it are processed on postback too. */
    @jakarta.annotation.PostConstruct
    void init() {
        if (viewer.get().signedIn()) {
            read();
        }
    }

    /** View action: sign in, then 404 unless the viewer may read it. */
    public void load() {
        if (!viewer.get().signedIn()) {
            Pages.signIn();
            return;
        }
        if (agreement == null) {
            Pages.sendError(404, "There is nothing here with this number.");
        }
    }

    private boolean read() {
        id = Pages.id("id");
        try {
            caller = access.caller();
            agreement = data.agreement(caller, id);
            return true;
        } catch (Problem notFound) {
            return false;
        }
    }

    public String accept() {
        if (agreement != null) {
            try {
                activities.accept(caller, id);
                Pages.redirect(PaymentsPaths.agreement(id) + "&done=accepted");
            } catch (Problem problem) {
                Pages.show(problem, "accept");
            }
        }
        return null;
    }

    public String withdraw() {
        if (agreement != null) {
            try {
                activities.withdraw(caller, id);
                Pages.redirect(PaymentsPaths.agreement(id) + "&done=withdrawn");
            } catch (Problem problem) {
                Pages.show(problem, "withdraw");
            }
        }
        return null;
    }

    public String claimFee() {
        if (agreement != null) {
            try {
                FeeChoice feeChoice = FeeChoice.valueOf(choice);
                Claim claim = claims.create(caller, new Claims.NewClaim(id, ClaimKind.FEE, number(quantity, "quantity"),
                        feeChoice, feeChoice == FeeChoice.TAKE_LESS ? number(lessAmount, "lessAmount") : null, charity));
                Pages.redirect(PaymentsPaths.claim(claim.id()) + "&done=created");
            } catch (IllegalArgumentException badChoice) {
                Pages.show(Problem.invalid(java.util.Map.of("choice", Pages.text("error.choice"))), "fee");
            } catch (Problem problem) {
                Pages.show(problem, "fee");
            }
        }
        return null;
    }

    public String claimExpenses() {
        if (agreement != null) {
            try {
                Claim claim = claims.create(caller, new Claims.NewClaim(id, ClaimKind.EXPENSES, null, null, null, null));
                Pages.redirect(PaymentsPaths.claim(claim.id()) + "&done=created");
            } catch (Problem problem) {
                Pages.show(problem, "expenses");
            }
        }
        return null;
    }

    static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException e) {
            throw Problem.invalid(java.util.Map.of(field, Pages.text("error.number")));
        }
    }

    public boolean isMine() {
        return agreement != null && caller != null && agreement.personId() == caller.accountId();
    }

    public long getId() {
        return id;
    }

    public Views.AgreementView getAgreement() {
        return agreement;
    }

    public String getDone() {
        String done = Pages.request().getParameter("done");
        return done != null && done.matches("accepted|withdrawn") ? done : null;
    }

    public String getRateText() {
        return agreement == null ? "" : Money.display(new BigDecimal(agreement.rate()), agreement.currency());
    }

    public String getMaxRate() {
        return Fees.MAX_RATE.toPlainString();
    }

    public String date(Object value) {
        return value instanceof java.time.LocalDate d ? Pages.date(d) : value instanceof java.time.Instant i ? Pages.date(i) : "";
    }

    public List<String> getChoices() {
        return List.of("ACCEPT", "TAKE_LESS", "DECLINE", "CHARITY");
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getLessAmount() {
        return lessAmount;
    }

    public void setLessAmount(String lessAmount) {
        this.lessAmount = lessAmount;
    }

    public String getCharity() {
        return charity;
    }

    public void setCharity(String charity) {
        this.charity = charity;
    }
}
