package org.coproduce.portal.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows (type, id, title, url, and the body snippets are cut from), kept in one binary doc value per
 * document ({@link SearchFields#SHOWN}) with the date from its numeric doc value. Doc values are read in place, while
 * stored fields decompress a block of neighbouring documents for each hit read.
 */
final class ShownFields {

    /** One document as shown. */
    record Shown(String type, String id, String title, String url, String body, Instant date) {
    }

    private ShownFields() {
    }

    static BytesRef encode(String type, String id, String title, String url, String body) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        for (String value : List.of(type, id, title, url, body)) {
            out.writeString(value);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The documents {@code docs} (index-wide numbers, in any order) as shown, in the same order. */
    static Shown[] read(IndexReader reader, int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        // doc values are read forwards: visit the documents in index order
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = reader.leaves();
        Shown[] shown = new Shown[docs.length];
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        NumericDocValues dates = null;
        for (int i : order) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getBinary(leaf.reader(), SearchFields.SHOWN);
                dates = DocValues.getNumeric(leaf.reader(), SearchFields.DATE);
            }
            int local = doc - leaf.docBase;
            if (!values.advanceExact(local)) {
                throw new IllegalStateException("document " + doc + " has nothing to show");
            }
            BytesRef bytes = values.binaryValue();
            ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
            Instant date = dates.advanceExact(local) ? Instant.ofEpochMilli(dates.longValue()) : Instant.EPOCH;
            shown[i] = new Shown(in.readString(), in.readString(), in.readString(), in.readString(), in.readString(), date);
        }
        return shown;
    }
}
