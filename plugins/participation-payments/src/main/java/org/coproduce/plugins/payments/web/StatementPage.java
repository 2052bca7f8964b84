package org.coproduce.plugins.payments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;
import org.coproduce.plugins.payments.PaymentsAccess;
import org.coproduce.plugins.payments.Statements;
import org.coproduce.plugins.payments.money.Money;
import org.coproduce.plugins.payments.money.TaxYear;

/**
 * Backs {@code statement?taxYear=2026}: the person's annual statement as a letter confirming their involvement
 * payments, which they can print and give to a benefits office, with a link to the same statement as CSV.
 */
@Named("statementPage")
@RequestScoped
public class StatementPage {

    @Inject
    CurrentViewer viewer;

    @Inject
    PaymentsAccess access;

    @Inject
    Statements statements;

    private Statements.Statement statement;

    public void load() {
        if (!viewer.get().signedIn()) {
            Pages.signIn();
            return;
        }
        long year = Pages.id("taxYear");
        try {
            var caller = access.caller();
            statement = statements.of(caller, caller.accountId(), year == 0 ? TaxYear.of(LocalDate.now()).startYear() : (int) Math.min(year, 9999));
        } catch (Problem problem) {
            Pages.sendError(problem.kind().status(), problem.getMessage());
        }
    }

    public Statements.Statement getStatement() {
        return statement;
    }

    public String getPrevious() {
        return statement == null ? "" : String.valueOf(statement.year().startYear() - 1);
    }

    public String getToday() {
        return Pages.date(LocalDate.now());
    }

    public String date(Object value) {
        return value instanceof LocalDate d ? Pages.date(d) : "";
    }

    public String money(String amount) {
        return Pages.money(amount, Money.DEFAULT_CURRENCY);
    }
}
