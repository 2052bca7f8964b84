package org.coproduce.portal.assisted;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the person agreed the post shows: their name, or a pseudonym. */
public enum ShownAs {
    NAME("name"),
    PSEUDONYM("pseudonym");

    private final String code;

    ShownAs(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ShownAs> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }
}
