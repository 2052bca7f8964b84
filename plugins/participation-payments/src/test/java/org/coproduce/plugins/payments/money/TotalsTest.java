package org.coproduce.plugins.payments.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TotalsTest {

    private static Earning e(String date, String amount) {
        return new Earning(LocalDate.parse(date), new BigDecimal(amount));
    }

    @Test
    void theTaxYearTurnsBetweenTheFifthAndSixthOfApril() {
        assertEquals(new TaxYear(2025), TaxYear.of(LocalDate.parse("2026-04-05")));
        assertEquals(new TaxYear(2026), TaxYear.of(LocalDate.parse("2026-04-06")));
        assertEquals(new TaxYear(2025), TaxYear.of(LocalDate.parse("2026-01-01")));
        assertEquals(new TaxYear(2026), TaxYear.of(LocalDate.parse("2026-12-31")));
        assertEquals("2025-26", new TaxYear(2025).label());
        assertEquals("1999-00", new TaxYear(1999).label());
        assertEquals(LocalDate.parse("2027-04-05"), new TaxYear(2026).lastDay());
        assertTrue(new TaxYear(2026).contains(LocalDate.parse("2027-04-05")));
        assertFalse(new TaxYear(2026).contains(LocalDate.parse("2027-04-06")));
        assertEquals(new TaxYear(2027), TaxYear.of(LocalDate.parse("2028-04-05")), "in a leap year too");
    }

    @Test
    void earningsEitherSideOfTheTurnFallInDifferentTaxYears() {
        Map<TaxYear, BigDecimal> years = Totals.perTaxYear(List.of(
                e("2026-04-05", "40.00"), e("2026-04-06", "15.50"), e("2026-04-06", "4.50"), e("2025-04-06", "1.00")));
        assertEquals(new BigDecimal("41.00"), years.get(new TaxYear(2025)));
        assertEquals(new BigDecimal("20.00"), years.get(new TaxYear(2026)));
        assertEquals(List.of(new TaxYear(2025), new TaxYear(2026)), List.copyOf(years.keySet()));
    }

    @Test
    void weeksRunMondayToSundayAndMonthsAreCalendarMonths() {
        List<Earning> earnings = List.of(e("2026-11-22", "10.00"), e("2026-11-23", "20.00"),
                e("2026-11-29", "5.00"), e("2026-12-01", "1.00"));
        Map<LocalDate, BigDecimal> weeks = Totals.perWeek(earnings);
        assertEquals(new BigDecimal("10.00"), weeks.get(LocalDate.parse("2026-11-16")), "Sunday 22nd ends a week");
        assertEquals(new BigDecimal("25.00"), weeks.get(LocalDate.parse("2026-11-23")), "Monday 23rd to Sunday 29th");
        assertEquals(new BigDecimal("1.00"), weeks.get(LocalDate.parse("2026-11-30")));
        Map<YearMonth, BigDecimal> months = Totals.perMonth(earnings);
        assertEquals(new BigDecimal("35.00"), months.get(YearMonth.of(2026, 11)));
        assertEquals(new BigDecimal("1.00"), months.get(YearMonth.of(2026, 12)));
    }

    @Test
    void benefitLimitsWarnOnlyWhenANewFeeGoesOverThem() {
        BenefitLimits limits = new BenefitLimits(Optional.of(new BigDecimal("50.00")), Optional.empty(),
                Optional.of(new BigDecimal("100.00")));
        List<Earning> earlier = List.of(e("2026-11-23", "30.00"), e("2026-04-06", "40.00"), e("2026-04-05", "500.00"));
        assertEquals(List.of(), limits.exceededBy(e("2026-11-24", "20.00"), earlier), "exactly at the weekly limit is fine");
        assertEquals(List.of("week"), limits.exceededBy(e("2026-11-24", "20.01"), earlier));
        assertEquals(List.of("week", "tax year"), limits.exceededBy(e("2026-11-25", "31.00"), earlier));
        assertEquals(List.of(), limits.exceededBy(e("2026-11-30", "30.00"), earlier), "a new week; last tax year's 500 does not count");
    }

    @Test
    void theStatusFlowGoesOneWay() {
        assertTrue(ClaimStatus.DRAFT.canMoveTo(ClaimStatus.SUBMITTED));
        assertFalse(ClaimStatus.DRAFT.canMoveTo(ClaimStatus.APPROVED));
        assertFalse(ClaimStatus.SUBMITTED.canMoveTo(ClaimStatus.AUTHORISED));
        assertTrue(ClaimStatus.AUTHORISED.canMoveTo(ClaimStatus.PAID));
        assertFalse(ClaimStatus.REJECTED.canMoveTo(ClaimStatus.PAID), "a rejected claim is never paid");
        assertFalse(ClaimStatus.PAID.canMoveTo(ClaimStatus.REJECTED));
        java.time.Instant submitted = java.time.Instant.parse("2026-10-01T10:00:00Z");
        assertTrue(Overdue.overdue(ClaimStatus.APPROVED, submitted, java.time.Instant.parse("2026-11-01T10:00:01Z"), 31));
        assertFalse(Overdue.overdue(ClaimStatus.APPROVED, submitted, java.time.Instant.parse("2026-11-01T10:00:00Z"), 31));
        assertFalse(Overdue.overdue(ClaimStatus.PAID, submitted, java.time.Instant.parse("2027-01-01T00:00:00Z"), 31));
    }

    @Test
    void receiptsAreRecognisedByTheirFirstBytesAndCsvCellsCannotBeFormulas() {
        assertEquals(Optional.of(ReceiptType.PNG), ReceiptType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(Optional.of(ReceiptType.JPEG), ReceiptType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(ReceiptType.PDF), ReceiptType.detect("%PDF-1.7".getBytes()));
        assertEquals(Optional.empty(), ReceiptType.detect("<html>".getBytes()));
        assertEquals(Optional.empty(), ReceiptType.detect(new byte[] {(byte) 0x89, 'P'}));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCell.text("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", CsvCell.text("+1"));
        assertEquals("\"'@SUM(A1)\"", CsvCell.text("@SUM(A1)"));
        assertEquals("\"Ref 12\"", CsvCell.text("Ref 12"));
        assertEquals("\"\"", CsvCell.text(null));
    }

    @Test
    void quartersAreCalendarQuartersThatSortInTimeOrder() {
        assertEquals("2026 Q1", Quarters.of(LocalDate.parse("2026-03-31")));
        assertEquals("2026 Q2", Quarters.of(LocalDate.parse("2026-04-01")));
        assertEquals("2026 Q4", Quarters.of(LocalDate.parse("2026-12-31")));
        assertTrue(Quarters.of(LocalDate.parse("2026-12-31")).compareTo(Quarters.of(LocalDate.parse("2027-01-01"))) < 0);
    }
}
