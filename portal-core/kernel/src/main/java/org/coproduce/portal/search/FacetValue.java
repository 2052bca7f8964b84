package org.coproduce.portal.search;

/** One value of a facet with the number of results that have it. */
public record FacetValue(String value, long count) {
}
