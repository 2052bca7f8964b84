package org.coproduce.plugins.payments.money;

import java.time.LocalDate;

/** Calendar quarters, named like {@code 2026 Q4} (October to December 2026), which sort in time order. */
public final class Quarters {

    private Quarters() {
    }

    public static String of(LocalDate date) {
        return date.getYear() + " Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
