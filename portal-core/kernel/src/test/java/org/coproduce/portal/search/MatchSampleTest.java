package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;

/** Totals and facet counts: exact up to a limit, estimated from a bounded sample above it. */
class MatchSampleTest {

    private static final FacetsConfig CONFIG = new FacetsConfig();

    @Test
    void upToTheLimitEverythingIsCountedExactly() throws IOException {
        try (ByteBuffersDirectory dir = index(10_000, i -> i % 4 == 0 ? "thread" : "reply", i -> true)) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                MatchSample all = MatchSample.of(new IndexSearcher(reader), new MatchAllDocsQuery(), 20_000, 20_000);
                assertFalse(all.sampled());
                assertEquals(10_000, all.total());
                assertEquals(10_000, collected(all));
                assertEquals(7_500, all.estimate(count(reader, all, "reply")));
                assertFalse(all.estimates());

                MatchSample facets = all.thinnedTo(1_000);
                assertTrue(facets.estimates());
                assertEquals(10_000, facets.total(), "thinning for the facets leaves the total exact");
                long looked = collected(facets);
                assertTrue(looked >= 850 && looked <= 1_150, "about 1,000 counted: " + looked);
                long replies = facets.estimate(count(reader, facets, "reply"));
                assertTrue(Math.abs(replies - 7_500) <= 400, "replies about 7,500: " + replies);
                assertSame(all, all.thinnedTo(20_000));
            }
        }
    }

    @Test
    void aboveTheLimitTotalAndFacetsAreEstimatedFromABoundedSample() throws IOException {
        // every third document is a thread: a periodic pattern a systematic every-n-th sample could miss entirely
        try (ByteBuffersDirectory dir = index(120_000, i -> i % 3 == 0 ? "thread" : "reply", i -> true)) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                MatchSample sample = MatchSample.of(new IndexSearcher(reader), uncounted(new MatchAllDocsQuery()), 5_000,
                        5_000);
                assertTrue(sample.sampled());
                assertEquals(120_000, sample.total());
                long looked = collected(sample);
                assertTrue(looked >= 3_500 && looked <= 7_000, "about 5,000 in the sample: " + looked);
                long threads = sample.estimate(count(reader, sample, "thread"));
                long replies = sample.estimate(count(reader, sample, "reply"));
                assertTrue(Math.abs(threads - 40_000) <= 2_000, "threads about 40,000: " + threads);
                assertTrue(Math.abs(replies - 80_000) <= 4_000, "replies about 80,000: " + replies);
                assertEquals(0, sample.estimate(0));
            }
        }
    }

    @Test
    void matchesThinningOutAfterTheFirstOnesAreStillEstimatedWell() throws IOException {
        // the first 20,000 documents all match, then one in ten: 20,000 + 10,000 = 30,000 in all
        try (ByteBuffersDirectory dir = index(120_000, i -> "reply", i -> i < 20_000 || i % 10 == 7)) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                MatchSample sample = MatchSample.of(new IndexSearcher(reader),
                        uncounted(new TermQuery(new Term("word", "carers"))), 5_000, 5_000);
                assertTrue(sample.sampled());
                assertTrue(Math.abs(sample.total() - 30_000) <= 1_500, "about 30,000: " + sample.total());
                MatchSample smaller = MatchSample.of(new IndexSearcher(reader),
                        uncounted(new TermQuery(new Term("word", "carers"))), 5_000, 2_000);
                assertTrue(Math.abs(smaller.total() - 30_000) <= 1_500, "still about 30,000: " + smaller.total());
            }
        }
    }

    @Test
    void deletedDocumentsAreNeverCounted() throws IOException {
        try (ByteBuffersDirectory dir = index(3_000, i -> "reply", i -> true)) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 3_000; i += 3) {
                    writer.deleteDocuments(new Term("id", String.valueOf(i)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                MatchSample all = MatchSample.of(new IndexSearcher(reader), new MatchAllDocsQuery(), 10_000, 10_000);
                assertEquals(2_000, all.total());
                assertEquals(2_000, all.estimate(count(reader, all, "reply")));
            }
        }
    }

    @Test
    void deletedDocumentsAreNeverSampled() throws IOException {
        try (ByteBuffersDirectory dir = index(100_000, i -> "reply", i -> true)) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 100_000; i += 2) {
                    writer.deleteDocuments(new Term("id", String.valueOf(i)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.hasDeletions());
                MatchSample sample = MatchSample.of(new IndexSearcher(reader), uncounted(new MatchAllDocsQuery()), 1_000,
                        2_000);
                assertTrue(sample.sampled());
                long sampled = assertNoDeletedDocument(sample);
                assertTrue(sampled > 0 && sampled < 50_000, "a sample, not all matches: " + sampled);
                assertEquals(50_000, sample.total(), 5_000);
            }
        }
    }

    @Test
    void aTotalKnownWithoutVisitingTheMatchesIsExactAndOnlyTheFacetsAreSampled() throws IOException {
        // a term in segments without deletions counts itself, as a query Lucene's query cache holds does
        try (ByteBuffersDirectory dir = index(120_000, i -> i % 3 == 0 ? "thread" : "reply", i -> i % 5 != 0)) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                MatchSample sample = MatchSample.of(new IndexSearcher(reader), new TermQuery(new Term("word", "carers")),
                        5_000, 3_000);
                assertFalse(sample.sampled());
                assertEquals(96_000, sample.total());
                assertTrue(sample.estimates());
                long looked = collected(sample);
                assertTrue(looked >= 2_000 && looked <= 4_500, "about 3,000 in the sample: " + looked);
                long threads = sample.estimate(count(reader, sample, "thread"));
                long replies = sample.estimate(count(reader, sample, "reply"));
                assertTrue(Math.abs(threads - 32_000) <= 2_000, "threads about 32,000: " + threads);
                assertTrue(Math.abs(replies - 64_000) <= 3_000, "replies about 64,000: " + replies);
                assertTrue(Math.abs(threads + replies - 96_000) <= 1_000, "the types add up to the total");
                assertTrue(sample.getMatchingDocs().stream().filter(m -> m.totalHits() > 0).count() > 1,
                        "drawn from the whole index, not its first segment");
            }
        }
    }

    @Test
    void aKnownTotalCountsNoDeletedDocumentAndSamplesNone() throws IOException {
        try (ByteBuffersDirectory dir = index(100_000, i -> "reply", i -> true)) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 100_000; i += 4) {
                    writer.deleteDocuments(new Term("id", String.valueOf(i)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // every document matches, and a segment with deletions still knows how many are left
                MatchSample sample = MatchSample.of(new IndexSearcher(reader), new MatchAllDocsQuery(), 1_000, 2_000);
                assertFalse(sample.sampled());
                assertEquals(75_000, sample.total());
                assertNoDeletedDocument(sample);
                assertEquals(75_000, sample.estimate(count(reader, sample, "reply")), 1_000);
            }
        }
    }

    @Test
    void smallSegmentsThatCannotCountAreVisitedAndTheTotalStaysExact() throws IOException {
        try (ByteBuffersDirectory dir = index(100_000, i -> "reply", i -> i % 2 == 0)) {
            // a small segment of 2,000 threads, every one with the word, 500 of them deleted: it cannot count
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 2_000; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", "small" + i, StringField.Store.NO));
                    doc.add(new StringField("word", "carers", StringField.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField("type", "thread"));
                    writer.addDocument(CONFIG.build(doc));
                }
                writer.commit();
                for (int i = 0; i < 2_000; i += 4) {
                    writer.deleteDocuments(new Term("id", "small" + i));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                TermQuery carers = new TermQuery(new Term("word", "carers"));
                MatchSample sample = MatchSample.of(new IndexSearcher(reader), carers, 5_000, 3_000);
                assertFalse(sample.sampled());
                assertEquals(51_500, sample.total());
                long threads = sample.estimate(count(reader, sample, "thread"));
                assertTrue(Math.abs(threads - 1_500) <= 600, "threads about 1,500: " + threads);
                assertNoDeletedDocument(sample);
                // segments that cannot count and hold more documents than the limit: estimated as before
                MatchSample estimated = MatchSample.of(new IndexSearcher(reader), carers, 1_000, 3_000);
                assertTrue(estimated.sampled());
                assertTrue(Math.abs(estimated.total() - 51_500) <= 2_600, "about 51,500: " + estimated.total());
            }
        }
    }

    @Test
    void aSearchMadeOftenIsCountedExactlyThroughThePortalsQueryCache() throws IOException {
        // three segments of 40,000 and one of 12,000: Lucene's default cache leaves out a segment under half the average
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 132_000; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("word", i % 2 == 0 ? "carers" : "support", StringField.Store.NO));
                    doc.add(new StringField("kind", i % 3 == 0 ? "thread" : "reply", StringField.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField("type", i % 3 == 0 ? "thread" : "reply"));
                    writer.addDocument(CONFIG.build(doc));
                    if (i == 39_999 || i == 79_999 || i == 119_999) {
                        writer.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // a conjunction cannot count its matches without visiting them: only a cache can tell
                Query both = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("word", "carers")), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("kind", "reply")), BooleanClause.Occur.MUST).build();
                IndexSearcher portal = SearchIndex.searcher(reader);
                MatchSample first = MatchSample.of(portal, both, 5_000, 3_000);
                assertTrue(first.sampled(), "not cached yet: estimated");
                MatchSample later = first;
                for (int i = 0; i < 20; i++) {
                    later = MatchSample.of(portal, both, 5_000, 3_000);
                }
                assertFalse(later.sampled());
                assertEquals(44_000, later.total());
                long replies = later.estimate(count(reader, later, "reply"));
                assertEquals(44_000, replies, 1_000);
            }
        }
    }

    @Test
    void aSearchMadeOftenStaysExactWhenItsSegmentsHaveDeletions() throws IOException {
        List<LeafReader> segments = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 120_000; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", String.valueOf(i), StringField.Store.NO));
                doc.add(new StringField("word", i % 2 == 0 ? "carers" : "support", StringField.Store.NO));
                doc.add(new StringField("kind", i % 3 == 0 ? "thread" : "reply", StringField.Store.NO));
                doc.add(new SortedSetDocValuesFacetField("type", i % 3 == 0 ? "thread" : "reply"));
                writer.addDocument(CONFIG.build(doc));
                if (i % 40_000 == 39_999) {
                    writer.commit();
                }
            }
            // edited or hidden posts: their former versions are deleted, from every segment
            for (int i = 0; i < 120_000; i += 97) {
                writer.deleteDocuments(new Term("id", String.valueOf(i)));
            }
            // read as the portal reads, near real time
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertEquals(3, reader.leaves().size());
                assertTrue(reader.leaves().stream().allMatch(leaf -> leaf.reader().hasDeletions()));
                Query both = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("word", "carers")), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("kind", "reply")), BooleanClause.Occur.MUST).build();
                long live = new IndexSearcher(reader).count(both);
                assertTrue(live > 39_000 && live < 40_000, "a third of the documents, less the deleted: " + live);
                IndexSearcher portal = SearchIndex.searcher(reader);
                MatchSample later = MatchSample.of(portal, both, 5_000, 3_000);
                for (int i = 0; i < 20; i++) {
                    later = MatchSample.of(portal, both, 5_000, 3_000);
                }
                assertFalse(later.sampled(), "counted exactly, from the cached matches less the deleted ones");
                assertEquals(live, later.total());
                long sampled = assertNoDeletedDocument(later);
                assertTrue(sampled > 2_000 && sampled < 4_000, "only the facets' sample is drawn: " + sampled);
                reader.leaves().forEach(leaf -> segments.add(leaf.reader()));
                assertTrue(segments.stream().allMatch(DeletedDocuments::holds));
            }
            assertFalse(segments.stream().anyMatch(DeletedDocuments::holds), "forgotten with their reader");
        }
    }

    @Test
    void estimatesKeepTwoSignificantFigures() {
        assertEquals(1, MatchSample.estimateFor(1, 1.3));
        assertEquals(13, MatchSample.estimateFor(10, 1.3));
        assertEquals(1_300, MatchSample.estimateFor(1_000, 1.3));
        assertEquals(25_000, MatchSample.estimateFor(12_345, 2.0));
        assertEquals(440_000, MatchSample.roughly(438_058));
    }

    /** {@code size} documents in several segments, of the given type, with the word "carers" where chosen. */
    private static ByteBuffersDirectory index(int size, IntFunction<String> type, java.util.function.IntPredicate carers)
            throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < size; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", String.valueOf(i), StringField.Store.NO));
                if (carers.test(i)) {
                    doc.add(new StringField("word", "carers", StringField.Store.NO));
                }
                doc.add(new SortedSetDocValuesFacetField("type", type.apply(i)));
                writer.addDocument(CONFIG.build(doc));
                if (i % 25_000 == 24_999) {
                    writer.commit(); // several segments
                }
            }
        }
        return dir;
    }

    /** The query, with a weight that cannot count its matches without visiting them (as a conjunction's cannot). */
    private static Query uncounted(Query query) {
        return new Query() {
            @Override
            public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
                return new FilterWeight(query.createWeight(searcher, scoreMode, boost)) {
                    @Override
                    public int count(LeafReaderContext context) {
                        return -1;
                    }
                };
            }

            @Override
            public void visit(QueryVisitor visitor) {
                query.visit(visitor);
            }

            @Override
            public String toString(String field) {
                return "uncounted(" + query.toString(field) + ")";
            }

            @Override
            public boolean equals(Object other) {
                return other == this;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(this);
            }
        };
    }

    /** Fails when the sample holds a deleted document; otherwise how many it holds. */
    private static long assertNoDeletedDocument(MatchSample sample) throws IOException {
        long sampled = 0;
        for (FacetsCollector.MatchingDocs matching : sample.getMatchingDocs()) {
            Bits live = matching.context().reader().getLiveDocs();
            DocIdSetIterator docs = matching.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                assertTrue(live == null || live.get(doc), "a deleted document was sampled");
                sampled++;
            }
        }
        return sampled;
    }

    private static long collected(MatchSample sample) {
        return sample.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    private static long count(DirectoryReader reader, MatchSample sample, String type) throws IOException {
        FacetResult result = new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(reader, CONFIG),
                sample).getTopChildren(5, "type");
        for (var value : result.labelValues) {
            if (value.label.equals(type)) {
                return value.value.longValue();
            }
        }
        return 0;
    }
}
