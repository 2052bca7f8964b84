package org.coproduce.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Counts the facet values of a set of matches for one index reader, as Lucene's {@code SortedSetDocValuesFacetCounts}
 * does (the same counts and the same order: most matches first, then by value), but from each segment's
 * {@link FacetOrdinals} held in memory, each segment's ordinals mapped to the reader's once for the reader.
 */
final class FacetCounter {

    private final SortedSetDocValuesReaderState state;
    /** For each segment (by its place in the reader): the reader's ordinal of each of the segment's ordinals. */
    private final int[][] toReader;
    /** Each ordinal's value, looked up when first shown. */
    private final String[] labels;

    private FacetCounter(SortedSetDocValuesReaderState state, int[][] toReader) {
        this.state = state;
        this.toReader = toReader;
        this.labels = new String[state.getSize()];
    }

    /** A counter for this reader's facets, or null when it has none (an empty index, or none indexed yet). */
    static FacetCounter of(IndexReader reader, FacetsConfig config) throws IOException {
        if (reader.numDocs() == 0) {
            return null;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
        SortedSetDocValues values = state.getDocValues();
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] toReader = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            SortedSetDocValues own = DocValues.getSortedSet(leaf.reader(), state.getField());
            LongValues global = values instanceof MultiDocValues.MultiSortedSetDocValues multi
                    ? multi.mapping.getGlobalOrds(leaf.ord) : LongValues.IDENTITY;
            int[] map = new int[(int) own.getValueCount()];
            for (int ord = 0; ord < map.length; ord++) {
                map[ord] = (int) global.get(ord);
            }
            toReader[leaf.ord] = map;
        }
        return new FacetCounter(state, toReader);
    }

    /** Each of the reader's ordinals' number of matches among {@code matches}. */
    int[] count(List<MatchingDocs> matches) throws IOException {
        int[] counts = new int[state.getSize()];
        for (MatchingDocs matching : matches) {
            DocIdSetIterator docs = matching.totalHits() == 0 ? null : matching.bits().iterator();
            if (docs != null) {
                FacetOrdinals.of(matching.context().reader(), state.getField())
                        .count(docs, toReader[matching.context().ord], counts);
            }
        }
        return counts;
    }

    /** Up to {@code limit} values of dimension {@code dim} with their counts, most first (by value when even). */
    List<LabelAndValue> top(int[] counts, String dim, int limit) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return List.of();
        }
        List<Integer> counted = new ArrayList<>();
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts[ord] > 0) {
                counted.add(ord);
            }
        }
        // ordinals follow the values' order, so the lower ordinal of two equal counts is the first value
        counted.sort(Comparator.<Integer>comparingInt(ord -> counts[ord]).reversed().thenComparingInt(ord -> ord));
        List<LabelAndValue> top = new ArrayList<>();
        SortedSetDocValues values = null;
        for (int ord : counted.subList(0, Math.min(limit, counted.size()))) {
            String label = labels[ord];
            if (label == null) {
                values = values == null ? state.getDocValues() : values;
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                label = path[path.length - 1];
                labels[ord] = label; // a String is safely shared: another thread at worst looks it up again
            }
            top.add(new LabelAndValue(label, counts[ord]));
        }
        return top;
    }
}
