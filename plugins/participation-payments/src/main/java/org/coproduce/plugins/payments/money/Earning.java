package org.coproduce.plugins.payments.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount paid to a person for something on a day. Totals count an earning on the day of the activity it is
 * for (the day the work was done), whether or not it has been paid yet.
 *
 * @param date   the day of the activity
 * @param amount the amount paid to the person (not to a charity)
 */
public record Earning(LocalDate date, BigDecimal amount) {
}
