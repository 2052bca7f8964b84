package org.coproduce.portal.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the facets of all of them.
 *
 * @param total      how many results in all (that the viewer may read); above 10,000 an estimate to two
 *                   significant figures, unless the index knows the count (a search made often)
 * @param totalEstimated whether the total is an estimate from a sample of the results (many results)
 * @param facets     per dimension (type, tag, country, level, year), values with counts, most frequent first
 * @param facetsEstimated whether the facet counts are estimates from a sample of the results (many results)
 * @param didYouMean the query with misspelt words corrected, when that finds something; otherwise null
 * @param fuzzy      whether words a letter or two away were matched too (few exact results)
 */
@jakarta.json.bind.annotation.JsonbNillable
public record SearchResults(String query, long total, boolean totalEstimated, int page, int size, String sort, List<SearchHit> hits,
                            Map<String, List<FacetValue>> facets, boolean facetsEstimated, String didYouMean,
                            boolean fuzzy) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
