package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A segment reader's deleted documents, listed from its live documents' bits. */
class DeletedDocumentsTest {

    @Test
    void listsExactlyTheDeletedDocumentsOfEachReader() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < 1_000; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", String.valueOf(i), StringField.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            try (DirectoryReader none = DirectoryReader.open(writer)) {
                assertArrayEquals(new int[0], DeletedDocuments.of(only(none)));
            }
            // the first, the last and the 63rd and 64th (either side of a word of bits)
            int[] deleted = {0, 63, 64, 500, 999};
            for (int id : deleted) {
                writer.deleteDocuments(new Term("id", String.valueOf(id)));
            }
            try (DirectoryReader some = DirectoryReader.open(writer)) {
                assertArrayEquals(deleted, DeletedDocuments.of(only(some)));
                writer.deleteDocuments(new Term("id", "1"));
                assertArrayEquals(deleted, DeletedDocuments.of(only(some)), "a reader's deletions never change");
                try (DirectoryReader later = DirectoryReader.openIfChanged(some, writer)) {
                    assertArrayEquals(IntStream.of(0, 1, 63, 64, 500, 999).toArray(), DeletedDocuments.of(only(later)));
                }
            }
        }
    }

    private static LeafReader only(DirectoryReader reader) {
        assertEquals(1, reader.leaves().size());
        return reader.leaves().get(0).reader();
    }
}
