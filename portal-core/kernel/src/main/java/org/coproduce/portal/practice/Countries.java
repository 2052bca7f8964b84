package org.coproduce.portal.practice;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Countries by their ISO 3166-1 alpha-2 codes, with names in British English. */
public final class Countries {

    private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    /** A country as forms and pages show it. */
    public record Country(String code, String name) {
    }

    private static final List<Country> ALL = CODES.stream().map(code -> new Country(code, name(code)))
            .sorted(Comparator.comparing(Country::name)).toList();

    private Countries() {
    }

    /** The code in upper case, if it is an ISO 3166-1 alpha-2 code ("gb" and " GB " become "GB"). */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return CODES.contains(upper) ? Optional.of(upper) : Optional.empty();
    }

    /** The country's name ("United Kingdom" for GB), or the code itself when unknown. */
    public static String name(String code) {
        if (code == null || !CODES.contains(code)) {
            return code == null ? "" : code;
        }
        return Locale.of("", code).getDisplayCountry(Locale.UK);
    }

    /** Every country, by name. */
    public static List<Country> all() {
        return ALL;
    }
}
