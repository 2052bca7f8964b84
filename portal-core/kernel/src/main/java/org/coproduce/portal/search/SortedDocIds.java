package org.coproduce.portal.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * Document ids of one segment collected in increasing order into an array: the cheapest set to add a few thousand
 * matches to and to read them back from (a sample's matches are a small share of a segment's documents).
 */
final class SortedDocIds implements LeafCollector {

    /** How many ids are read from a stream at a time. */
    private static final int BLOCK = 256;

    private int[] docs;
    private int[] block;
    private int count;

    SortedDocIds() {
        this(64);
    }

    /**
     * Ids expected to number up to about {@code expected} (more are taken too): the array starts at that size and
     * doubles when full, rather than growing by half from 64 (a search's first 10,000 matches made most of the garbage
     * a search left behind).
     */
    SortedDocIds(int expected) {
        docs = new int[Math.max(16, expected)];
    }

    @Override
    public void setScorer(Scorable scorer) {
    }

    /** Adds a document; ids come in increasing order. */
    @Override
    public void collect(int doc) {
        if (count == docs.length) {
            docs = Arrays.copyOf(docs, 2 * count);
        }
        docs[count++] = doc;
    }

    /** Adds a stream of documents (a bulk scorer's window) in blocks rather than one call a document. */
    @Override
    public void collect(DocIdStream stream) throws IOException {
        if (block == null) {
            block = new int[BLOCK];
        }
        for (int read = stream.intoArray(block); read > 0; read = stream.intoArray(block)) {
            if (docs.length - count < read) {
                docs = Arrays.copyOf(docs, Math.max(count + read, 2 * count));
            }
            System.arraycopy(block, 0, docs, count, read);
            count += read;
        }
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
