package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Facet counts from the segments' ordinals held in memory are Lucene's own, value for value and in the same order. */
class FacetCounterTest {

    private static final List<String> DIMENSIONS = List.of("type", "tag", "country", "year");

    @Test
    void countsAsLucenesSortedSetFacetCountsOnSegmentsWithAndWithoutValuesAndWithDeletions() throws IOException {
        FacetsConfig config = SearchFields.facets();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            Random random = new Random(42);
            for (int segment = 0; segment < 4; segment++) {
                for (int i = 0; i < 3_000; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("kind", i % 5 == 0 ? "rare" : "common", StringField.Store.NO));
                    doc.add(new StringField("id", segment + "-" + i, StringField.Store.NO));
                    if (segment != 2) { // a segment whose documents have no facet values at all
                        doc.add(new SortedSetDocValuesFacetField("type", random.nextInt(4) == 0 ? "thread" : "reply"));
                        for (int t = random.nextInt(4); t > 0; t--) { // none to three tags, repeats dropped
                            doc.add(new SortedSetDocValuesFacetField("tag", "tag " + random.nextInt(40 + 10 * segment)));
                        }
                        if (random.nextBoolean()) {
                            doc.add(new SortedSetDocValuesFacetField("country", random.nextBoolean() ? "Wales" : "England"));
                        }
                        doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(2010 + random.nextInt(15))));
                    }
                    writer.addDocument(config.build(doc));
                }
                writer.commit();
            }
            for (int i = 0; i < 3_000; i += 7) {
                writer.deleteDocuments(new Term("id", "1-" + i));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertEquals(4, reader.leaves().size());
                assertTrue(reader.hasDeletions());
                FacetCounter counter = FacetCounter.of(reader, config);
                for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("kind", "rare")))) {
                    FacetsCollector matches = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
                    SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(
                            new DefaultSortedSetDocValuesReaderState(reader, config), matches);
                    int[] counts = counter.count(matches.getMatchingDocs());
                    for (String dim : DIMENSIONS) {
                        for (int limit : new int[] {1, 5, 100}) {
                            FacetResult expected = lucene.getTopChildren(limit, dim);
                            List<LabelAndValue> top = counter.top(counts, dim, limit);
                            assertEquals(Arrays.asList(expected.labelValues), top, query + ", " + dim + ", top " + limit);
                            assertFalse(top.isEmpty());
                        }
                    }
                    assertEquals(List.of(), counter.top(counts, "level", 15), "a dimension no document has");
                }
            }
        }
    }

    @Test
    void aSegmentWithMoreDistinctValuesThanACharHoldsCountsThemToo() throws IOException {
        FacetsConfig config = SearchFields.facets();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            int documents = 70_000;
            for (int i = 0; i < documents; i++) {
                Document doc = new Document();
                doc.add(new SortedSetDocValuesFacetField("tag", String.format("tag %05d", i)));
                doc.add(new SortedSetDocValuesFacetField("type", i % 2 == 0 ? "thread" : "reply"));
                writer.addDocument(config.build(doc));
            }
            writer.forceMerge(1);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertEquals(1, reader.leaves().size());
                FacetsCollector all = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
                FacetCounter counter = FacetCounter.of(reader, config);
                int[] counts = counter.count(all.getMatchingDocs());
                assertEquals(List.of(new LabelAndValue("reply", 35_000), new LabelAndValue("thread", 35_000)),
                        counter.top(counts, "type", 15));
                assertEquals(List.of(new LabelAndValue("tag 00000", 1), new LabelAndValue("tag 00001", 1)),
                        counter.top(counts, "tag", 2));
                assertEquals(new LabelAndValue("tag 69999", 1), counter.top(counts, "tag", documents).get(documents - 1));
            }
        }
    }

    @Test
    void aSegmentsOrdinalsAreForgottenWhenItCloses() throws IOException {
        FacetsConfig config = SearchFields.facets();
        List<LeafReader> segments = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                Document doc = new Document();
                doc.add(new SortedSetDocValuesFacetField("type", "thread"));
                writer.addDocument(config.build(doc));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                FacetCounter counter = FacetCounter.of(reader, config);
                FacetsCollector all = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
                assertEquals(List.of(new LabelAndValue("thread", 1)), counter.top(counter.count(all.getMatchingDocs()),
                        "type", 15));
                reader.leaves().forEach(leaf -> segments.add(leaf.reader()));
                assertTrue(FacetOrdinals.holds(segments.get(0), FacetsConfig.DEFAULT_INDEX_FIELD_NAME));
            }
            assertFalse(FacetOrdinals.holds(segments.get(0), FacetsConfig.DEFAULT_INDEX_FIELD_NAME));
        }
    }

    @Test
    void anIndexWithoutFacetsHasNoCounter() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                Document doc = new Document();
                doc.add(new StringField("id", "1", StringField.Store.NO));
                writer.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertNull(FacetCounter.of(reader, SearchFields.facets()));
            }
        }
    }
}
