package org.coproduce.plugins.payments.money;

import java.math.BigDecimal;

/** What a fee's rate is paid per, and how much of it one claim may count. */
public enum FeeBasis {
    HOUR("hour", "hours", new BigDecimal("24")),
    SESSION("session", "sessions", new BigDecimal("10")),
    DAY("day", "days", new BigDecimal("31"));

    private final String one;
    private final String many;
    private final BigDecimal maxQuantity;

    FeeBasis(String one, String many, BigDecimal maxQuantity) {
        this.one = one;
        this.many = many;
        this.maxQuantity = maxQuantity;
    }

    /** The unit's name, such as {@code hour}. */
    public String unit() {
        return one;
    }

    /** The plural, such as {@code hours}. */
    public String units() {
        return many;
    }

    /** The most units one claim may count (a day holds at most 24 hours). */
    public BigDecimal maxQuantity() {
        return maxQuantity;
    }
}
