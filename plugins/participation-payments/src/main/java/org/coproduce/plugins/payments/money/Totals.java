package org.coproduce.plugins.payments.money;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of earnings per week (Monday to Sunday, named by its Monday), per calendar month and per tax year
 * (6 April to 5 April). Sums are exact; each earning is already in pence.
 */
public final class Totals {

    private Totals() {
    }

    /** The Monday of the week that {@code date} falls in. */
    public static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Totals per week, keyed by the week's Monday, oldest first. */
    public static Map<LocalDate, BigDecimal> perWeek(Collection<Earning> earnings) {
        Map<LocalDate, BigDecimal> totals = new TreeMap<>();
        earnings.forEach(e -> totals.merge(weekOf(e.date()), Money.pence(e.amount()), BigDecimal::add));
        return totals;
    }

    /** Totals per calendar month, oldest first. */
    public static Map<YearMonth, BigDecimal> perMonth(Collection<Earning> earnings) {
        Map<YearMonth, BigDecimal> totals = new TreeMap<>();
        earnings.forEach(e -> totals.merge(YearMonth.from(e.date()), Money.pence(e.amount()), BigDecimal::add));
        return totals;
    }

    /** Totals per tax year, oldest first. */
    public static Map<TaxYear, BigDecimal> perTaxYear(Collection<Earning> earnings) {
        Map<TaxYear, BigDecimal> totals = new TreeMap<>();
        earnings.forEach(e -> totals.merge(TaxYear.of(e.date()), Money.pence(e.amount()), BigDecimal::add));
        return totals;
    }

    /** The total of the earnings from {@code first} to {@code last}, both included. */
    public static BigDecimal between(Collection<Earning> earnings, LocalDate first, LocalDate last) {
        return earnings.stream().filter(e -> !e.date().isBefore(first) && !e.date().isAfter(last))
                .map(e -> Money.pence(e.amount())).reduce(Money.zero(), BigDecimal::add);
    }
}
