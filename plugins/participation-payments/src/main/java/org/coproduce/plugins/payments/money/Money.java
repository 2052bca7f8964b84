package org.coproduce.plugins.payments.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Amounts of money: always {@link BigDecimal}, never floating point. Results are rounded to whole pence
 * (two decimal places) half up: 12.345 becomes 12.35 and 12.344 becomes 12.34.
 */
public final class Money {

    /** The currency used when an activity names none. */
    public static final String DEFAULT_CURRENCY = "GBP";

    /** Rounding of every computed amount: half up to two decimal places (pence). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    /** Decimal places of every amount. */
    public static final int SCALE = 2;

    private Money() {
    }

    /** {@code value} rounded half up to pence. */
    public static BigDecimal pence(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    /** Zero, in pence. */
    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }

    /**
     * Checks an amount someone typed: present, above zero, at most {@code max}, and with at most two decimal
     * places. Returns the plain-language message when it is not acceptable.
     */
    public static Optional<String> problemWithAmount(BigDecimal value, BigDecimal max, String what) {
        if (value == null) {
            return Optional.of("Please give the " + what + ".");
        }
        if (value.signum() <= 0) {
            return Optional.of("The " + what + " must be more than zero.");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            return Optional.of("The " + what + " can have at most two decimal places (whole pence).");
        }
        if (value.compareTo(max) > 0) {
            return Optional.of("The " + what + " can be at most " + plain(max) + ".");
        }
        return Optional.empty();
    }

    /** An amount as text with two decimal places, such as {@code 12.50}. */
    public static String plain(BigDecimal value) {
        return pence(value).toPlainString();
    }

    /** An amount for people, such as {@code £12.50} (other currencies show their code: {@code EUR 12.50}). */
    public static String display(BigDecimal value, String currency) {
        String amount = String.format(java.util.Locale.UK, "%,.2f", pence(value));
        return "GBP".equals(currency) ? "£" + amount : currency + " " + amount;
    }
}
