package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;
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
    void anEmptySetHasNoDocuments() throws IOException {
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, new SortedDocIds().build().iterator().nextDoc());
    }
}
