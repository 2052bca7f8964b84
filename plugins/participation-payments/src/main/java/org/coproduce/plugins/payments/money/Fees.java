package org.coproduce.plugins.payments.money;

import java.math.BigDecimal;
import java.util.Optional;

/** The fee for taking part: the rate per unit of the basis times how many units, rounded half up to pence. */
public final class Fees {

    /** The highest rate per hour, session or day that is accepted as real. */
    public static final BigDecimal MAX_RATE = new BigDecimal("1000.00");

    private Fees() {
    }

    /** The fee for {@code quantity} units at {@code rate} per unit. */
    public static BigDecimal fee(BigDecimal rate, BigDecimal quantity) {
        return Money.pence(rate.multiply(quantity));
    }

    /** What is wrong with a rate, if anything. */
    public static Optional<String> problemWithRate(BigDecimal rate) {
        return Money.problemWithAmount(rate, MAX_RATE, "rate");
    }

    /**
     * What is wrong with a duration, if anything: above zero, at most the basis's maximum and in steps of at
     * most two decimal places (a quarter of an hour is 0.25).
     */
    public static Optional<String> problemWithQuantity(BigDecimal quantity, FeeBasis basis) {
        if (quantity == null) {
            return Optional.of("Please say how many " + basis.units() + " you took part for.");
        }
        if (quantity.signum() <= 0) {
            return Optional.of("The number of " + basis.units() + " must be more than zero.");
        }
        if (quantity.stripTrailingZeros().scale() > 2) {
            return Optional.of("The number of " + basis.units() + " can have at most two decimal places.");
        }
        if (quantity.compareTo(basis.maxQuantity()) > 0) {
            return Optional.of("One claim can count at most " + basis.maxQuantity().toPlainString() + " "
                    + basis.units() + ".");
        }
        return Optional.empty();
    }
}
