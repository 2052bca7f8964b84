package org.coproduce.plugins.payments.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void feesAreRateTimesDurationRoundedHalfUpToPence() {
        assertEquals(d("37.50"), Fees.fee(d("15.00"), d("2.5")));
        assertEquals(d("5.56"), Fees.fee(d("22.25"), d("0.25")), "5.5625 rounds to 5.56");
        assertEquals(d("3.34"), Fees.fee(d("13.35"), d("0.25")), "3.3375 rounds to 3.34");
        assertEquals(d("0.13"), Fees.fee(d("0.25"), d("0.5")), "0.125 rounds half up to 0.13");
        assertEquals(d("120.00"), Fees.fee(d("120"), d("1")));
        assertEquals(2, Fees.fee(d("10"), d("3")).scale());
    }

    @Test
    void ratesAndDurationsAreChecked() {
        assertTrue(Fees.problemWithRate(d("15.123")).orElseThrow().contains("two decimal places"));
        assertTrue(Fees.problemWithRate(d("-1")).isPresent());
        assertTrue(Fees.problemWithRate(d("0")).isPresent());
        assertTrue(Fees.problemWithRate(d("1000.01")).isPresent());
        assertTrue(Fees.problemWithRate(null).isPresent());
        assertEquals(Optional.empty(), Fees.problemWithRate(d("15.10")));
        assertEquals(Optional.empty(), Fees.problemWithRate(d("15.100")), "trailing zeros are not extra places");
        assertTrue(Fees.problemWithQuantity(d("25"), FeeBasis.HOUR).isPresent());
        assertTrue(Fees.problemWithQuantity(d("0.125"), FeeBasis.HOUR).isPresent());
        assertTrue(Fees.problemWithQuantity(d("0"), FeeBasis.DAY).isPresent());
        assertEquals(Optional.empty(), Fees.problemWithQuantity(d("24"), FeeBasis.HOUR));
    }

    @Test
    void mileageIsMilesTimesRateRoundedHalfUp() {
        assertEquals(d("5.63"), Mileage.amount(d("12.5"), d("0.45")), "5.625 rounds to 5.63");
        assertEquals(d("45.00"), Mileage.amount(d("100"), d("0.45")));
        assertTrue(Mileage.problemWithMiles(d("12.25")).isPresent());
        assertTrue(Mileage.problemWithMiles(d("1000.1")).isPresent());
        assertTrue(Mileage.problemWithMiles(d("-3")).isPresent());
        assertFalse(Mileage.problemWithMiles(d("12.5")).isPresent());
    }

    @Test
    void theChoiceDecidesWhoIsPaidWhat() {
        BigDecimal fee = d("60.00");
        assertEquals(d("60.00"), FeeChoice.ACCEPT.toPerson(fee, null));
        assertEquals(d("25.00"), FeeChoice.TAKE_LESS.toPerson(fee, d("25")));
        assertEquals(d("0.00"), FeeChoice.DECLINE.toPerson(fee, null));
        assertEquals(d("0.00"), FeeChoice.DECLINE.toCharity(fee));
        assertEquals(d("0.00"), FeeChoice.CHARITY.toPerson(fee, null));
        assertEquals(d("60.00"), FeeChoice.CHARITY.toCharity(fee));
        assertTrue(FeeChoice.TAKE_LESS.problem(fee, d("60.00"), null).isPresent(), "less must be less");
        assertTrue(FeeChoice.TAKE_LESS.problem(fee, d("10.001"), null).isPresent());
        assertTrue(FeeChoice.TAKE_LESS.problem(fee, null, null).isPresent());
        assertFalse(FeeChoice.TAKE_LESS.problem(fee, d("59.99"), null).isPresent());
        assertTrue(FeeChoice.CHARITY.problem(fee, null, " ").isPresent());
        assertFalse(FeeChoice.CHARITY.problem(fee, null, "Carers Trust").isPresent());
    }

    @Test
    void amountsAreShownInPoundsAndPence() {
        assertEquals("£1,234.50", Money.display(d("1234.5"), "GBP"));
        assertEquals("EUR 3.00", Money.display(d("3"), "EUR"));
        assertEquals("0.13", Money.plain(d("0.125")));
    }
}
