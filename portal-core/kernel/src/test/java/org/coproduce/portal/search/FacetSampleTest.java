package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Facet counts of many matches estimated from a sample; of few, exact; the total exact either way. */
class FacetSampleTest {

    @Test
    void countsAreExactUpToTheLimitAndEstimatedAboveIt() throws IOException {
        FacetsConfig config = new FacetsConfig();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 10_000; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", String.valueOf(i), StringField.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField("type", i % 4 == 0 ? "thread" : "reply"));
                    writer.addDocument(config.build(doc));
                    if (i % 3000 == 2999) {
                        writer.commit(); // several segments
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager(false));
                DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);

                FacetSample exact = FacetSample.of(all, 20_000);
                assertFalse(exact.sampled());
                assertEquals(10_000, FacetSample.total(all));
                FacetResult counted = new SortedSetDocValuesFacetCounts(state, exact).getTopChildren(5, "type");
                assertEquals(7_500, exact.estimate(counted.labelValues[0].value.longValue()));

                FacetSample sample = FacetSample.of(all, 1_000);
                assertTrue(sample.sampled());
                long sampled = sample.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
                assertTrue(sampled >= 850 && sampled <= 1_150, "about 1,000 sampled: " + sampled);
                FacetResult estimated = new SortedSetDocValuesFacetCounts(state, sample).getTopChildren(5, "type");
                long replies = sample.estimate(estimated.labelValues[0].value.longValue());
                long threads = sample.estimate(estimated.labelValues[1].value.longValue());
                assertEquals("reply", estimated.labelValues[0].label);
                assertTrue(Math.abs(replies - 7_500) <= 300, "replies about 7,500: " + replies);
                assertTrue(Math.abs(threads - 2_500) <= 300, "threads about 2,500: " + threads);
                assertEquals(0, sample.estimate(0));
            }
        }
    }

    @Test
    void estimatesKeepTwoSignificantFigures() {
        assertEquals(1, FacetSample.estimateFor(1, 1.3));
        assertEquals(13, FacetSample.estimateFor(10, 1.3));
        assertEquals(1_300, FacetSample.estimateFor(1_000, 1.3));
        assertEquals(25_000, FacetSample.estimateFor(12_345, 2.0));
        assertEquals(12_345, FacetSample.estimateFor(12_345, 1.0));
    }
}
