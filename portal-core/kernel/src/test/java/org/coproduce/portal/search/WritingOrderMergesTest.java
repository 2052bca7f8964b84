package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Segments are merged in the order they were written. Documents equal in {@link SearchFields#INDEX_ORDER} keep the order
 * of the segments they come from, so the merged order shows the merge's.
 */
class WritingOrderMergesTest {

    private static final List<List<String>> SEGMENTS = List.of(List.of("a1"), List.of("b1", "b2", "b3", "b4", "b5"),
            List.of("c1", "c2", "c3"));

    @Test
    void segmentsAreMergedInTheOrderTheyWereWritten() throws IOException {
        assertEquals(List.of("a1", "b1", "b2", "b3", "b4", "b5", "c1", "c2", "c3"),
                mergedOrder(new WritingOrderMerges(tiered())));
    }

    @Test
    void luceneAloneMergesThemInAnotherOrder() throws IOException {
        assertNotEquals(List.of("a1", "b1", "b2", "b3", "b4", "b5", "c1", "c2", "c3"),
                mergedOrder(tiered()), "the largest segment first");
    }

    /** Lucene's policy, sizing these small segments as they are (not as all of its smallest size, 16 MB). */
    private static TieredMergePolicy tiered() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setFloorSegmentMB(0.001);
        return policy;
    }

    /** 4,000 random letters: the segments' sizes are then in proportion to their documents. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4_000; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static List<String> mergedOrder(MergePolicy policy) throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
            config.setIndexSort(SearchFields.INDEX_ORDER);
            config.setMergePolicy(policy);
            Random random = new Random(7);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (List<String> segment : SEGMENTS) {
                    for (String key : segment) {
                        Document doc = new Document();
                        doc.add(new StringField(SearchFields.KEY, key, Field.Store.YES));
                        doc.add(new NumericDocValuesField(SearchFields.TITLED_FIRST, 1));
                        doc.add(new StoredField("text", text(random)));
                        writer.addDocument(doc);
                    }
                    writer.flush();
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(1, reader.leaves().size());
                StoredFields stored = reader.storedFields();
                List<String> keys = new ArrayList<>();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    keys.add(stored.document(doc).get(SearchFields.KEY));
                }
                return keys;
            }
        }
    }
}
