package org.coproduce.portal.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents deleted from a segment as one reader of it sees them, listed once for that reader (a reader's
 * deletions never change; a later one gets its own list) and forgotten when it closes. Listing them takes the live
 * documents' bits a word at a time; a search then looks at the few deleted ones only.
 */
final class DeletedDocuments {

    private static final int[] NONE = new int[0];
    private static final HeldUntilClosed<int[]> BY_READER = new HeldUntilClosed<>();

    private DeletedDocuments() {
    }

    /** The ids of the segment's deleted documents, in increasing order (none when it has no deletions). */
    static int[] of(LeafReader segment) throws IOException {
        Bits live = segment.getLiveDocs();
        if (live == null) {
            return NONE;
        }
        return BY_READER.get(segment.getReaderCacheHelper(), null, () -> list(live, segment.maxDoc()));
    }

    /** Whether the segment reader's deleted documents are listed (they are forgotten when it closes). */
    static boolean holds(LeafReader segment) {
        return BY_READER.holds(segment.getReaderCacheHelper(), null);
    }

    private static int[] list(Bits live, int documents) {
        FixedBitSet deleted = new FixedBitSet(documents);
        deleted.set(0, documents);
        live.applyMask(deleted, 0); // a word at a time: the live documents stay set
        deleted.flip(0, documents);
        int[] ids = new int[deleted.cardinality()];
        int doc = -1;
        for (int i = 0; i < ids.length; i++) {
            doc = deleted.nextSetBit(doc + 1);
            ids[i] = doc;
        }
        return ids;
    }
}
