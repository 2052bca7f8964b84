package org.coproduce.portal.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.portal.common.Texts;

/**
 * A search as asked for; {@link #checked()} reads it or answers 400 with a message per field.
 *
 * @param sort relevance (the default with words) or date (newest first; the default without words)
 */
public record SearchRequest(String q, String type, String tag, String country, String partnershipLevel, String year,
                            String sort, int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    /** Results beyond this position are not served (refine the search instead). */
    public static final int MAX_DEPTH = 1000;

    /** The filters chosen, by facet dimension, after checking every field. */
    public Map<String, String> checked() {
        Texts check = new Texts();
        Map<String, String> filters = new LinkedHashMap<>();
        filter(check, filters, "type", SearchFields.TYPE, type, 40);
        filter(check, filters, "tag", SearchFields.TAG, tag == null ? null : tag.toLowerCase(java.util.Locale.ROOT), 40);
        filter(check, filters, "country", SearchFields.COUNTRY, country == null ? null : country.toUpperCase(java.util.Locale.ROOT), 2);
        filter(check, filters, "partnershipLevel", SearchFields.LEVEL,
                partnershipLevel == null ? null : partnershipLevel.toUpperCase(java.util.Locale.ROOT), 20);
        if (year != null && !year.isBlank() && !year.strip().matches("\\d{4}")) {
            check.problem("year", "A year is four digits, such as 2026.");
        } else {
            filter(check, filters, "year", SearchFields.YEAR, year, 4);
        }
        if (sort != null && !sort.isBlank() && !"relevance".equals(sort) && !"date".equals(sort)) {
            check.problem("sort", "Sort by relevance or by date.");
        }
        if (page < 1) {
            check.problem("page", "Page numbers start at 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            check.problem("size", "A page holds 1 to " + MAX_SIZE + " results.");
        }
        if (page >= 1 && size >= 1 && (long) page * size > MAX_DEPTH) {
            check.problem("page", "Only the first " + MAX_DEPTH + " results can be paged through; please add words "
                    + "or filters to narrow the search.");
        }
        check.throwIfAny();
        return filters;
    }

    private static void filter(Texts check, Map<String, String> filters, String field, String dimension, String value,
                               int max) {
        if (value == null || value.isBlank()) {
            return;
        }
        String clean = value.strip();
        if (clean.length() > max || clean.chars().anyMatch(Character::isISOControl)) {
            check.problem(field, "This filter is not one the search knows.");
            return;
        }
        filters.put(dimension, clean);
    }
}
