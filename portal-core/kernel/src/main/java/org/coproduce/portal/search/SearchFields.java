package org.coproduce.portal.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** The index's field names and the facet configuration. */
public final class SearchFields {

    /** type:id, unique per document. */
    public static final String KEY = "key";
    public static final String TYPE = "type";
    public static final String ID = "id";
    public static final String TITLE = "title";
    /** What a hit shows (type, id, title, url, body) in one binary doc value: see {@link ShownFields}. */
    public static final String SHOWN = "shown";
    public static final String HEADINGS = "headings";
    public static final String BODY = "body";
    /** Title, headings and body, unstemmed: spelling, typo tolerance (see {@link #PLAIN_TYPE}). */
    public static final String PLAIN = "plain";
    /**
     * Title, headings and body together, stemmed, not scored (no norms): every word of a query must be in one of
     * them, wherever it is, for a document to match.
     */
    public static final String ALL = "all";
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

    /**
     * 0 for a document whose title is searched, 1 for one whose is not (a reply's title names its thread): each
     * segment holds its documents in this order ({@link #INDEX_ORDER}).
     */
    public static final String TITLED_FIRST = "titled_first";

    /**
     * The order of documents within each segment, kept by merges: those whose title is searched first. A search for
     * the best few skips blocks of documents that cannot beat the few best found so far, and the best matches are
     * mostly documents with the words in their title (weighted 4): met first, they set the bar early. A segment
     * merged in Lucene's order (largest first) could otherwise hold them at its end; for a million posts with 2% of
     * them edited that made the page of hits of the benchmark's queries 3 times as slow.
     */
    public static final Sort INDEX_ORDER = new Sort(new SortField(TITLED_FIRST, SortField.Type.INT));

    /** Filterable keyword fields carry this prefix (the facet dimensions keep the bare names). */
    public static final String FILTER_PREFIX = "f_";

    /**
     * How the body is indexed: with positions and character offsets in its postings, so snippets are cut from the
     * postings instead of analysing each hit's text again (the text itself is in {@link #SHOWN}).
     */
    public static final FieldType BODY_TYPE = bodyType();

    /**
     * How {@link #PLAIN} is indexed: which documents hold each word, nothing more (no frequencies, positions or
     * norms), as spelling corrections and words a letter or two away only look up words; writing positions for a
     * third copy of every text cost time at every rebuild.
     */
    public static final FieldType PLAIN_TYPE = plainType();

    /** How {@link #ALL} is indexed: positions for multi-word synonyms, no norms (it only filters). */
    public static final FieldType ALL_TYPE = allType();

    private SearchFields() {
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType plainType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType allType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    public static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TAG, true);
        return config;
    }
}
