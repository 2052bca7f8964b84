package org.coproduce.portal.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the matches of a search add up to, shown beside its page of hits: how many there are and their facet values
 * with counts. Unmodifiable, so one summary can answer several searches.
 *
 * @param total           how many documents match: exact, or an estimate when {@code totalEstimated}
 * @param facets          per dimension, the most frequent values with their counts
 * @param facetsEstimated whether the facet counts are estimates from a sample of the matches
 */
record MatchSummary(long total, boolean totalEstimated, Map<String, List<FacetValue>> facets,
                    boolean facetsEstimated) {

    MatchSummary {
        Map<String, List<FacetValue>> copied = new LinkedHashMap<>();
        facets.forEach((dimension, values) -> copied.put(dimension, List.copyOf(values)));
        facets = Collections.unmodifiableMap(copied);
    }
}
