package org.coproduce.plugins.payments.money;

import java.math.BigDecimal;
import java.util.Optional;

/** Mileage: miles times the rate per mile, rounded half up to pence. */
public final class Mileage {

    /** The most miles one expense item may claim. */
    public static final BigDecimal MAX_MILES = new BigDecimal("1000");

    private Mileage() {
    }

    /** The amount for {@code miles} at {@code ratePerMile}. */
    public static BigDecimal amount(BigDecimal miles, BigDecimal ratePerMile) {
        return Money.pence(miles.multiply(ratePerMile));
    }

    /** What is wrong with a distance, if anything: above zero, at most 1,000 miles, at most one decimal place. */
    public static Optional<String> problemWithMiles(BigDecimal miles) {
        if (miles == null) {
            return Optional.of("Please give the number of miles.");
        }
        if (miles.signum() <= 0) {
            return Optional.of("The number of miles must be more than zero.");
        }
        if (miles.stripTrailingZeros().scale() > 1) {
            return Optional.of("The number of miles can have at most one decimal place.");
        }
        if (miles.compareTo(MAX_MILES) > 0) {
            return Optional.of("One item can claim at most 1,000 miles.");
        }
        return Optional.empty();
    }
}
