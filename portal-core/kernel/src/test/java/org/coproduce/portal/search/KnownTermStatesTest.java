package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Term queries carry their words' states, looked up once a reader, and find and score as before. */
class KnownTermStatesTest {

    private final KnownTermStates known = new KnownTermStates(100);

    @Test
    void termQueriesCarryStatesLookedUpOnceAReaderAndScoreAsBefore(@TempDir Path folder) throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter writer = IndexFixtures.newWriter(dir)) {
            writer.addDocument(document("thread", "1", "Budget meeting", "We planned the budget together."));
            writer.commit();
            writer.addDocument(document("story", "2", "Budget day",
                    "The budget meeting ran late, then a budget review."));
            writer.addDocument(document("reply", "3", "Budget meeting", "Nothing about money here."));
            writer.commit();
            Query query = conjunction("budget", "meet");
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query bound = known.bind(searcher, query);
                assertEquals(query, bound, "the same query, only carrying the states");
                TermStates first = statesOf(bound, SearchFields.TITLE, "budget");
                assertTrue(first.wasBuiltFor(reader.getContext()));
                assertEquals(2, first.docFreq(),
                        "titles over both segments, not the reply's (its title is not searched)");
                assertSame(first, statesOf(known.bind(searcher, query), SearchFields.TITLE, "budget"),
                        "looked up once for this reader");
                assertArrayEquals(scores(searcher, query), scores(searcher, bound));

                writer.addDocument(document("thread", "4", "Budget", "The budget again."));
                writer.commit();
                try (DirectoryReader newer = DirectoryReader.openIfChanged(reader)) {
                    IndexSearcher changed = new IndexSearcher(newer);
                    Query rebound = known.bind(changed, query);
                    TermStates again = statesOf(rebound, SearchFields.TITLE, "budget");
                    assertNotSame(first, again, "looked up again in the changed index");
                    assertTrue(again.wasBuiltFor(newer.getContext()));
                    assertEquals(3, again.docFreq());
                    assertArrayEquals(scores(changed, query), scores(changed, rebound));
                }
            }
        }
    }

    @Test
    void otherQueriesAreLeftAsTheyAre(@TempDir Path folder) throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter writer = IndexFixtures.newWriter(dir)) {
            writer.addDocument(document("thread", "1", "Budget meeting", "We planned the budget together."));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Query phrase = new PhraseQuery(SearchFields.BODY, "budget", "togeth");
                assertSame(phrase, known.bind(new IndexSearcher(reader), phrase));
            }
        }
    }

    /** Each word in title (weighted 4) or body, as the portal's scoring queries are shaped. */
    private static Query conjunction(String... words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE, word)), 4f),
                            BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(SearchFields.BODY, word)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static TermStates statesOf(Query bound, String field, String word) {
        TermStates[] found = new TermStates[1];
        bound.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query query) {
                if (query instanceof TermQuery tq && tq.getTerm().equals(new Term(field, word))) {
                    found[0] = tq.getTermStates();
                }
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                visitLeaf(query);
            }
        });
        return found[0];
    }

    private static float[] scores(IndexSearcher searcher, Query query) throws IOException {
        ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
        float[] scores = new float[hits.length * 2];
        for (int i = 0; i < hits.length; i++) {
            scores[2 * i] = hits[i].doc;
            scores[2 * i + 1] = hits[i].score;
        }
        assertTrue(hits.length > 0, Arrays.toString(hits));
        return scores;
    }

    private static org.apache.lucene.document.Document document(String type, String id, String title, String body)
            throws IOException {
        return IndexFixtures.document(type, id, title, "", body);
    }
}
