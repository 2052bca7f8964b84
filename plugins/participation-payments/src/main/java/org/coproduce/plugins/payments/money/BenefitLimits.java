package org.coproduce.plugins.payments.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The limits on earnings that matter for one kind of benefit. Any may be absent. The assessment period is
 * taken as the calendar month of the activity; the year is the tax year.
 *
 * @param weekly  the most a person may earn in a week (Monday to Sunday)
 * @param period  the most in an assessment period (a calendar month)
 * @param yearly  the most in a tax year
 */
public record BenefitLimits(Optional<BigDecimal> weekly, Optional<BigDecimal> period, Optional<BigDecimal> yearly) {

    /** Which of these limits a new earning would take the person over, given what they already earned. */
    public List<String> exceededBy(Earning next, Collection<Earning> earlier) {
        List<String> over = new ArrayList<>();
        LocalDate day = next.date();
        LocalDate monday = Totals.weekOf(day);
        check(over, "week", weekly, Totals.between(earlier, monday, monday.plusDays(6)), next.amount());
        LocalDate first = day.withDayOfMonth(1);
        check(over, "month", period, Totals.between(earlier, first, first.plusMonths(1).minusDays(1)), next.amount());
        TaxYear year = TaxYear.of(day);
        check(over, "tax year", yearly, Totals.between(earlier, year.firstDay(), year.lastDay()), next.amount());
        return over;
    }

    private static void check(List<String> over, String name, Optional<BigDecimal> limit, BigDecimal before, BigDecimal amount) {
        if (limit.isPresent() && before.add(amount).compareTo(limit.get()) > 0) {
            over.add(name);
        }
    }
}
