package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugins.payments.money.Earning;
import org.coproduce.plugins.payments.money.Money;
import org.coproduce.plugins.payments.money.TaxYear;
import org.coproduce.plugins.payments.money.Totals;

/** A person's fee totals per tax year, per month (the last twelve) and per week (the last eight). */
@ApplicationScoped
public class PaymentTotals {

    @Inject
    Earnings earnings;

    @Inject
    AuditTrail audit;

    @Transactional
    public Views.TotalsView of(Caller caller, long personId) {
        if (caller.accountId() != personId && !caller.readsAll()) {
            throw Problem.notFound("There is nothing here for you.");
        }
        List<Earning> all = earnings.feesOf(personId, -1);
        audit.record("totals.viewed", "payments-totals", String.valueOf(personId), "");
        LocalDate today = LocalDate.now();
        TaxYear current = TaxYear.of(today);
        List<Views.PeriodTotal> years = new ArrayList<>();
        Totals.perTaxYear(all).forEach((y, sum) -> years.add(new Views.PeriodTotal(y.firstDay() + "/" + y.lastDay(), y.label(), Money.plain(sum))));
        List<Views.PeriodTotal> months = new ArrayList<>();
        Map<YearMonth, BigDecimal> perMonth = Totals.perMonth(all);
        YearMonth from = YearMonth.from(today).minusMonths(11);
        perMonth.forEach((m, sum) -> {
            if (!m.isBefore(from)) {
                months.add(new Views.PeriodTotal(m.toString(), m.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)), Money.plain(sum)));
            }
        });
        List<Views.PeriodTotal> weeks = new ArrayList<>();
        LocalDate since = Totals.weekOf(today).minusWeeks(7);
        Totals.perWeek(all).forEach((monday, sum) -> {
            if (!monday.isBefore(since)) {
                weeks.add(new Views.PeriodTotal(monday + "/" + monday.plusDays(6), "Week from " + monday.format(
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)), Money.plain(sum)));
            }
        });
        return new Views.TotalsView(Money.DEFAULT_CURRENCY, "Each fee is rounded half up to whole pence.", current.label(),
                Money.plain(Totals.between(all, current.firstDay(), current.lastDay())), years, months, weeks);
    }
}
