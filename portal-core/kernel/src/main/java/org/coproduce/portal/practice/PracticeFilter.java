package org.coproduce.portal.practice;

import java.util.Locale;
import java.util.Map;
import org.coproduce.plugin.Problem;

/**
 * What a listing of practice examples is narrowed to; each part may be empty (null).
 *
 * @param country          an ISO 3166-1 alpha-2 code
 * @param partnershipLevel a partnership level
 * @param tag              a tag, lower-case
 */
public record PracticeFilter(String country, PartnershipLevel partnershipLevel, String tag) {

    public static final PracticeFilter NONE = new PracticeFilter(null, null, null);

    /** Reads a filter from what a person typed or chose; a value that cannot match anything is a 400. */
    public static PracticeFilter parse(String country, String partnershipLevel, String tag) {
        String code = null;
        if (country != null && !country.isBlank()) {
            code = Countries.normalise(country).orElseThrow(() -> Problem.invalid(Map.of("country",
                    "The country is a two-letter code such as GB, SE or NZ.")));
        }
        PartnershipLevel level = null;
        if (partnershipLevel != null && !partnershipLevel.isBlank()) {
            level = PartnershipLevel.parse(partnershipLevel).orElseThrow(() -> Problem.invalid(Map.of("partnershipLevel",
                    "The partnership level is one of COORDINATION, COOPERATION, COLLABORATION or COPRODUCTION.")));
        }
        String cleanTag = tag == null || tag.isBlank() ? null
                : tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (cleanTag != null && cleanTag.length() > NewPracticeExample.TAG_MAX) {
            throw Problem.invalid(Map.of("tag", "A tag is at most " + NewPracticeExample.TAG_MAX + " characters long."));
        }
        return new PracticeFilter(code, level, cleanTag);
    }

    public boolean isEmpty() {
        return country == null && partnershipLevel == null && tag == null;
    }
}
