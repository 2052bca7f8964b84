package org.coproduce.portal.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Each document's facet values in one segment, as the segment's ordinals, read from its doc values once and then held
 * in memory for as long as the segment lives. Counting the facets of a search's few thousand sampled matches then
 * reads two arrays a document, where reading the doc values again would seek to each document and decode its values
 * (a sixth of a search's processor time at a million posts).
 *
 * <p>A segment never changes once written (deleting a document leaves its values), so its ordinals are kept by the
 * segment's core and forgotten when that closes. They take two bytes a value (four when the segment has more than
 * 65,536 distinct values) and four a document: 8 MB for the benchmark's million posts of about two values each.
 */
final class FacetOrdinals {

    private static final HeldUntilClosed<FacetOrdinals> BY_SEGMENT = new HeldUntilClosed<>();

    /** Where each document's values start in {@link #small} or {@link #large}; the last entry ends the last. */
    private final int[] starts;
    /** The values, when the segment has few enough distinct ones for a char each. */
    private final char[] small;
    private final int[] large;

    private FacetOrdinals(int[] starts, char[] small, int[] large) {
        this.starts = starts;
        this.small = small;
        this.large = large;
    }

    /** The segment's ordinals of {@code field}, read now unless held already. */
    static FacetOrdinals of(LeafReader segment, String field) throws IOException {
        return BY_SEGMENT.get(segment.getCoreCacheHelper(), field, () -> read(segment, field));
    }

    /** Whether the segment's ordinals of {@code field} are held (they are forgotten when it closes). */
    static boolean holds(LeafReader segment, String field) {
        return BY_SEGMENT.holds(segment.getCoreCacheHelper(), field);
    }

    private static FacetOrdinals read(LeafReader segment, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        int documents = segment.maxDoc();
        boolean fewValues = values.getValueCount() <= Character.MAX_VALUE + 1L;
        int[] starts = new int[documents + 1];
        char[] small = new char[fewValues ? Math.max(16, documents) : 0];
        int[] large = new int[fewValues ? 0 : Math.max(16, documents)];
        int next = 0;
        int doc = values.nextDoc();
        for (int d = 0; d < documents; d++) {
            starts[d] = next;
            if (doc != d) {
                continue;
            }
            int count = values.docValueCount();
            if (fewValues && next + count > small.length) {
                small = Arrays.copyOf(small, Math.max(next + count, small.length + (small.length >> 1)));
            } else if (!fewValues && next + count > large.length) {
                large = Arrays.copyOf(large, Math.max(next + count, large.length + (large.length >> 1)));
            }
            for (int i = 0; i < count; i++, next++) {
                long ord = values.nextOrd();
                if (fewValues) {
                    small[next] = (char) ord;
                } else {
                    large[next] = (int) ord;
                }
            }
            doc = values.nextDoc();
        }
        starts[documents] = next;
        return fewValues ? new FacetOrdinals(starts, Arrays.copyOf(small, next), null)
                : new FacetOrdinals(starts, null, Arrays.copyOf(large, next));
    }

    /** Adds one to {@code counts[toReader[ordinal]]} for each value of each document {@code docs} gives. */
    void count(DocIdSetIterator docs, int[] toReader, int[] counts) throws IOException {
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            int end = starts[doc + 1];
            if (small != null) {
                for (int i = starts[doc]; i < end; i++) {
                    counts[toReader[small[i]]]++;
                }
            } else {
                for (int i = starts[doc]; i < end; i++) {
                    counts[toReader[large[i]]]++;
                }
            }
        }
    }
}
