package org.coproduce.portal.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * One searchable object as the index holds it, built from the database (or by a plugin).
 *
 * @param type     content type (thread, reply, story, practice, guidance, or a plugin's type)
 * @param id       the object's id within its type
 * @param title    shown as the hit's title and weighted most
 * @param headings section headings, weighted above the body (may be empty)
 * @param body     plain text (Markdown already turned into text)
 * @param url      path of the object's page, from the portal's root
 * @param audience who may read it (see {@link Audiences})
 * @param date     when it was published, for sorting and the year facet
 * @param tags     lower-case tags (may be empty)
 * @param country  ISO country code or null
 * @param level    partnership level or null
 */
public record IndexedDocument(String type, String id, String title, String headings, String body, String url,
                              String audience, Instant date, List<String> tags, String country, String level) {

    public IndexedDocument {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
        title = title == null ? "" : title;
        headings = headings == null ? "" : headings;
        body = body == null ? "" : body;
        Objects.requireNonNull(url);
        if (!Audiences.known(audience)) {
            throw new IllegalArgumentException("Unknown audience " + audience);
        }
        Objects.requireNonNull(date);
        tags = tags == null ? List.of() : List.copyOf(new LinkedHashSet<>(tags));
    }

    public static String key(String type, String id) {
        return type + ":" + id;
    }

    public String key() {
        return key(type, id);
    }

    public int year() {
        return date.atZone(ZoneOffset.UTC).getYear();
    }

    /** Whether documents of this type are searched by their title (not a reply's: it names its thread). */
    static boolean titleSearched(String type) {
        return !SearchOutbox.REPLY.equals(type);
    }

    /**
     * The Lucene document, facets included, its texts analysed by {@code analyzer} (the index writer's): the title,
     * headings and body once each, for their own fields and for {@link SearchFields#ALL}.
     */
    public Document toLucene(FacetsConfig facets, Analyzer analyzer) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.KEY, key(), Field.Store.YES));
        // A reply's title names its thread: shown, but not searched, so a thread's title does not bring up every reply.
        boolean titleSearched = titleSearched(type);
        doc.add(new BinaryDocValuesField(SearchFields.SHOWN, ShownFields.encode(type, id, title, url, body)));
        // Every document has each scored field, a reply an empty title: then each field's norms are dense, and a score
        // reads a document's norm by its number. Sparse title norms (replies without the field) made scorers search
        // for the norm: 7% of the portal's processor time in the benchmark's searches at a million posts.
        String searchedTitle = titleSearched ? title : "";
        AnalyzedText titleTerms = AnalyzedText.of(analyzer, SearchFields.TITLE, searchedTitle);
        AnalyzedText headingTerms = AnalyzedText.of(analyzer, SearchFields.HEADINGS, headings);
        AnalyzedText bodyTerms = AnalyzedText.of(analyzer, SearchFields.BODY, body);
        doc.add(new Field(SearchFields.TITLE, titleTerms.stream(), TextField.TYPE_NOT_STORED));
        doc.add(new Field(SearchFields.HEADINGS, headingTerms.stream(), TextField.TYPE_NOT_STORED));
        doc.add(new Field(SearchFields.BODY, bodyTerms.stream(), SearchFields.BODY_TYPE));
        doc.add(new Field(SearchFields.PLAIN, searchedTitle + "\n" + headings + "\n" + body, SearchFields.PLAIN_TYPE));
        doc.add(new Field(SearchFields.ALL, AnalyzedText.joined(titleTerms, headingTerms, bodyTerms),
                SearchFields.ALL_TYPE));
        if (titleSearched) {
            doc.add(new TextField(SearchFields.SUGGEST, title, Field.Store.NO));
        }
        doc.add(new StringField(SearchFields.AUDIENCE, audience, Field.Store.NO));
        doc.add(new NumericDocValuesField(SearchFields.DATE, date.toEpochMilli()));
        doc.add(new NumericDocValuesField(SearchFields.TITLED_FIRST, titleSearched ? 0 : 1));
        keyword(doc, SearchFields.TYPE, type);
        keyword(doc, SearchFields.YEAR, String.valueOf(year()));
        tags.forEach(t -> keyword(doc, SearchFields.TAG, t));
        if (country != null && !country.isBlank()) {
            keyword(doc, SearchFields.COUNTRY, country);
        }
        if (level != null && !level.isBlank()) {
            keyword(doc, SearchFields.LEVEL, level);
        }
        return facets.build(doc);
    }

    private static void keyword(Document doc, String dimension, String value) {
        doc.add(new StringField(SearchFields.FILTER_PREFIX + dimension, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
    }
}
