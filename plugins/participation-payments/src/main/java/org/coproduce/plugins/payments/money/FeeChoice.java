package org.coproduce.plugins.payments.money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the person chose to do with their fee. Benefit rules make this matter: a declined fee or one paid to a
 * charity is not the person's income, so it never counts towards their totals or limits.
 */
public enum FeeChoice {
    /** Take the whole fee. */
    ACCEPT,
    /** Take less than the fee (an amount the person names). */
    TAKE_LESS,
    /** Take nothing. */
    DECLINE,
    /** Have the whole fee paid to a charity the person names. */
    CHARITY;

    /** What is wrong with this choice for {@code fee}, if anything. */
    public Optional<String> problem(BigDecimal fee, BigDecimal lessAmount, String charity) {
        return switch (this) {
            case TAKE_LESS -> {
                if (lessAmount == null) {
                    yield Optional.of("Please say how much you would like to take.");
                }
                Optional<String> amount = Money.problemWithAmount(lessAmount, Fees.MAX_RATE.multiply(BigDecimal.valueOf(31)), "amount you would like to take");
                if (amount.isPresent()) {
                    yield amount;
                }
                yield lessAmount.compareTo(fee) >= 0
                        ? Optional.of("The amount you take must be less than the fee of " + Money.plain(fee) + ".")
                        : Optional.empty();
            }
            case CHARITY -> charity == null || charity.isBlank() || charity.strip().length() > 200
                    ? Optional.of("Please name the charity, in at most 200 characters.")
                    : Optional.empty();
            case ACCEPT, DECLINE -> Optional.empty();
        };
    }

    /** The amount paid to the person. */
    public BigDecimal toPerson(BigDecimal fee, BigDecimal lessAmount) {
        return switch (this) {
            case ACCEPT -> Money.pence(fee);
            case TAKE_LESS -> Money.pence(lessAmount);
            case DECLINE, CHARITY -> Money.zero();
        };
    }

    /** The amount paid to a charity on the person's behalf. */
    public BigDecimal toCharity(BigDecimal fee) {
        return this == CHARITY ? Money.pence(fee) : Money.zero();
    }
}
