package org.coproduce.portal.search;

import java.util.Arrays;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * Document ids of one segment collected in increasing order into an array: the cheapest set to add a few thousand
 * matches to and to read them back from (a sample's matches are a small share of a segment's documents).
 */
final class SortedDocIds implements LeafCollector {

    private int[] docs = new int[64];
    private int count;

    @Override
    public void setScorer(Scorable scorer) {
    }

    /** Adds a document; ids come in increasing order. */
    @Override
    public void collect(int doc) {
        if (count == docs.length) {
            docs = Arrays.copyOf(docs, count + (count >> 1));
        }
        docs[count++] = doc;
    }

    int count() {
        return count;
    }

    /** The collected ids as a set (sharing this array: collect no more after it). */
    DocIdSet build() {
        int[] ids = docs;
        int size = count;
        return new DocIdSet() {
            @Override
            public DocIdSetIterator iterator() {
                return new DocIdSetIterator() {
                    private int index = -1;
                    private int doc = -1;

                    @Override
                    public int docID() {
                        return doc;
                    }

                    @Override
                    public int nextDoc() {
                        return doc = ++index < size ? ids[index] : NO_MORE_DOCS;
                    }

                    @Override
                    public int advance(int target) {
                        int found = Arrays.binarySearch(ids, index + 1, size, target);
                        index = found >= 0 ? found : -found - 1;
                        return doc = index < size ? ids[index] : NO_MORE_DOCS;
                    }

                    @Override
                    public long cost() {
                        return size;
                    }
                };
            }

            @Override
            public long ramBytesUsed() {
                return RamUsageEstimator.sizeOf(ids);
            }
        };
    }
}
