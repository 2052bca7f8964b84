package org.coproduce.plugins.payments.money;

import java.time.LocalDate;
import java.time.Month;

/**
 * A UK tax year, from 6 April to 5 April the next year, named by the year it starts in ({@code 2026} is
 * 6 April 2026 to 5 April 2027, written {@code 2026-27}).
 *
 * @param startYear the calendar year it starts in
 */
public record TaxYear(int startYear) implements Comparable<TaxYear> {

    /** The tax year that {@code date} falls in. */
    public static TaxYear of(LocalDate date) {
        LocalDate start = LocalDate.of(date.getYear(), Month.APRIL, 6);
        return new TaxYear(date.isBefore(start) ? date.getYear() - 1 : date.getYear());
    }

    /** Its first day, 6 April. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 6);
    }

    /** Its last day, 5 April of the next year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.APRIL, 5);
    }

    /** Whether {@code date} falls in it. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** Its name, such as {@code 2026-27}. */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(TaxYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
