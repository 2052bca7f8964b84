package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each segment holds the documents whose title is searched before the others, however they were written and merged
 * (see {@link SearchFields#INDEX_ORDER}).
 */
class IndexOrderTest {

    @Test
    void titledDocumentsComeFirstInEverySegmentAndAfterAMerge(@TempDir Path folder) throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter writer = IndexFixtures.newWriter(dir)) {
            // two segments, each written replies first, the second one larger (merged first, by Lucene's order)
            writer.addDocument(document("reply", "1"));
            writer.addDocument(document("thread", "1"));
            writer.commit();
            writer.addDocument(document("reply", "2"));
            writer.addDocument(document("reply", "3"));
            writer.addDocument(document("story", "4"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(List.of(List.of("thread:1", "reply:1"), List.of("story:4", "reply:2", "reply:3")),
                        keysBySegment(reader));
            }
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                List<String> merged = keysBySegment(reader).get(0);
                assertEquals(List.of("story:4", "thread:1"), merged.subList(0, 2).stream().sorted().toList(),
                        "the titled documents of both segments first: " + merged);
            }
        }
    }

    private static org.apache.lucene.document.Document document(String type, String id) throws IOException {
        return IndexFixtures.document(type, id, "Title " + id, "", "Some text " + id);
    }

    private static List<List<String>> keysBySegment(DirectoryReader reader) throws IOException {
        List<List<String>> segments = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            List<String> keys = new ArrayList<>();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                keys.add(stored.document(doc).get(SearchFields.KEY));
            }
            segments.add(keys);
        }
        return segments;
    }
}
