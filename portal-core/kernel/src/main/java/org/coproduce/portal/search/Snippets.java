package org.coproduce.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets: up to two passages of the body around the matched words. The text is HTML-escaped and the only markup
 * added is {@code <mark>} around matches, so a snippet can be shown as HTML as it is.
 */
public final class Snippets {

    static final int OPENING = 240;

    /**
     * What the highlighter would analyse a body with if its postings held no offsets; they always do (the body's field
     * type), so it is never used.
     */
    private static final Analyzer UNUSED_REANALYSIS = SearchAnalyzers.indexing();

    private Snippets() {
    }

    /** The formatter: escapes everything, marks matches. */
    public static PassageFormatter formatter() {
        return new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
    }

    /**
     * A highlighter for the body field that takes each document's body from {@code bodies} (by document id, already
     * read with the hit's other stored fields) instead of reading the stored fields again; the matches' offsets come
     * from the body's postings, each word's looked up once a segment ({@link ForwardPostingsOffsets}).
     */
    static UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, String> bodies) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, UNUSED_REANALYSIS)
                .withFormatter(formatter())
                .withBreakIterator(SentenceBreaks::new)
                .withMaxLength(20_000)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false);
        return new UnifiedHighlighter(builder) {
            /**
             * The field as one segment has it (every segment is written with the same field types): the highlighter
             * would otherwise merge every segment's field infos on each search.
             */
            @Override
            protected FieldInfo getFieldInfo(String field) {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                    if (info != null) {
                        return info;
                    }
                }
                return null;
            }

            @Override
            protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
                return source == OffsetSource.POSTINGS ? new ForwardPostingsOffsets(components)
                        : super.getOffsetStrategy(source, components);
            }

            @Override
            protected PassageScorer getScorer(String field) {
                return SnippetScorer.INSTANCE;
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    CharSequence[] row = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String body = SearchFields.BODY.equals(fields[f]) ? bodies.get(doc) : null;
                        row[f] = body == null ? "" : body.substring(0, Math.min(body.length(), getMaxLength()));
                    }
                    values.add(row);
                }
                return values;
            }
        };
    }

    /** The start of a text, escaped, for a hit whose body has no match (its title matched). */
    public static String opening(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String start = text.length() <= OPENING ? text : text.substring(0, text.lastIndexOf(' ', OPENING) > 0
                ? text.lastIndexOf(' ', OPENING) : OPENING) + " …";
        return escape(start.strip());
    }

    /** HTML escaping of text content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
