package org.coproduce.portal.search;

import org.apache.lucene.facet.FacetsConfig;

/** The index's field names and the facet configuration. */
public final class SearchFields {

    /** type:id, unique per document. */
    public static final String KEY = "key";
    public static final String TYPE = "type";
    public static final String ID = "id";
    public static final String TITLE = "title";
    /** The title as shown (stored only). */
    public static final String SHOWN_TITLE = "shownTitle";
    public static final String HEADINGS = "headings";
    public static final String BODY = "body";
    /** Title, headings and body, unstemmed: spelling, typo tolerance. */
    public static final String PLAIN = "plain";
    /** Title words, unstemmed: suggestions as you type. */
    public static final String SUGGEST = "suggest";
    public static final String URL = "url";
    /** Who may read the document: see {@link Audiences}. */
    public static final String AUDIENCE = "audience";
    public static final String DATE = "date";
    public static final String TAG = "tag";
    public static final String COUNTRY = "country";
    public static final String LEVEL = "level";
    public static final String YEAR = "year";

    /** Filterable keyword fields carry this prefix (the facet dimensions keep the bare names). */
    public static final String FILTER_PREFIX = "f_";

    private SearchFields() {
    }

    public static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TAG, true);
        return config;
    }
}
