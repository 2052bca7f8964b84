package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.search.CheckedIntConsumer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.junit.jupiter.api.Test;

/** A segment's collected document ids read back in order, with skipping. */
class SortedDocIdsTest {

    @Test
    void idsComeBackInOrderAndSkippingLandsOnTheFirstAtOrAfterTheTarget() throws IOException {
        SortedDocIds ids = new SortedDocIds();
        for (int doc = 3; doc < 1_000; doc += 7) {
            ids.collect(doc);
        }
        assertEquals(143, ids.count());
        DocIdSetIterator it = ids.build().iterator();
        assertEquals(-1, it.docID());
        assertEquals(3, it.nextDoc());
        assertEquals(10, it.advance(10));
        assertEquals(17, it.nextDoc());
        assertEquals(31, it.advance(25));
        assertEquals(997, it.advance(997));
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, it.nextDoc());
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, it.docID());
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, ids.build().iterator().advance(998));
        assertEquals(143, ids.build().iterator().cost());
    }

    @Test
    void aStreamOfDocumentsIsAddedWhole() throws IOException {
        SortedDocIds ids = new SortedDocIds();
        ids.collect(5);
        ids.collect(stream(10, 2_000, 3));
        ids.collect(stream(2_000, 2_001, 1));
        DocIdSetIterator it = ids.build().iterator();
        assertEquals(5, it.nextDoc());
        int expected = 10;
        for (int doc = it.nextDoc(); doc < 2_000; doc = it.nextDoc(), expected += 3) {
            assertEquals(expected, doc);
        }
        assertEquals(2_002, expected);
        assertEquals(2_000, it.docID());
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, it.nextDoc());
        assertEquals(1 + 664 + 1, ids.count());
    }

    /** Documents from {@code from} (inclusive) to {@code to} (exclusive), {@code step} apart, as a bulk scorer hands them over. */
    private static DocIdStream stream(int from, int to, int step) {
        return new DocIdStream() {
            private int next = from;

            @Override
            public void forEach(int upTo, CheckedIntConsumer<IOException> consumer) throws IOException {
                for (; next < Math.min(upTo, to); next += step) {
                    consumer.accept(next);
                }
            }

            @Override
            public int count(int upTo) throws IOException {
                int[] counted = new int[1];
                forEach(upTo, doc -> counted[0]++);
                return counted[0];
            }

            @Override
            public int intoArray(int upTo, int[] array) {
                int read = 0;
                for (; read < array.length && next < Math.min(upTo, to); next += step) {
                    array[read++] = next;
                }
                return read;
            }

            @Override
            public boolean mayHaveRemaining() {
                return next < to;
            }
        };
    }

    @Test
    void anEmptySetHasNoDocuments() throws IOException {
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, new SortedDocIds().build().iterator().nextDoc());
    }
}
