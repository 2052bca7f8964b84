package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scoring query finds and scores what the search promises, written the plain way: each word (or a synonym) in the
 * title, headings or body, each quoted phrase as a phrase in one of them, each scoring in the fields where it is with
 * the fields' weights. Checked on random documents and queries against that plain query, for every match and for the
 * best ten (where Lucene skips what cannot make them), and against the matching query's count.
 */
class SearchQueriesTest {

    private static final String SYNONYMS = """
            co-production, coproduction, co-pro
            service user, participant, citizen, expert by experience
            carer, caregiver
            """;
    private static final String[] WORDS = {"family", "support", "budget", "meeting", "carer", "caregiver",
        "participant", "citizen", "coproduction", "plan", "planning", "review", "welsh", "language", "training",
        "session", "travel", "expenses", "payment", "voice", "home", "service", "user", "experience", "expert"};
    private static final String[] PHRASES = {"service user", "family support", "budget meeting", "welsh language",
        "expert by experience", "support plan"};
    private static final String[] TYPES = {"thread", "reply", "guidance", "story"};

    private final Analyzer analyzer = Synonyms.fixed(SYNONYMS).current().expanding();

    @Test
    void severalWordsAndPhrasesAreRequiredFiltersWithTheirFieldsInOneDisjunction() {
        Query scoring = SearchQueries.of(QueryText.parse("family support \"lived experience\""), analyzer, analyzer)
                .scoring();
        BooleanQuery flat = assertInstanceOf(BooleanQuery.class, scoring);
        assertEquals(1, flat.getMinimumNumberShouldMatch());
        assertEquals(3, flat.getClauses(BooleanClause.Occur.FILTER).size());
        assertEquals(9, flat.getClauses(BooleanClause.Occur.SHOULD).size());
        assertEquals(0, flat.getClauses(BooleanClause.Occur.MUST).size());
    }

    @Test
    void oneWordIsItsFieldsDisjunction() {
        BooleanQuery any = assertInstanceOf(BooleanQuery.class,
                SearchQueries.of(QueryText.parse("family"), analyzer, analyzer).scoring());
        assertEquals(List.of(BooleanClause.Occur.SHOULD), any.clauses().stream().map(BooleanClause::occur).distinct()
                .toList());
        assertEquals(3, any.clauses().size());
    }

    @Test
    void scoringMatchesAndScoresAsEachWordAndPhraseInAnyWeightedField(@TempDir Path folder) throws IOException {
        Random random = new Random(20261128);
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter writer = IndexFixtures.newWriter(dir)) {
            for (int i = 0; i < 1500; i++) {
                String type = TYPES[random.nextInt(TYPES.length)];
                writer.addDocument(IndexFixtures.document(type, String.valueOf(i), text(random, 0, 5),
                        text(random, 0, 6), text(random, 3, 60)));
                if (i % 500 == 499) {
                    writer.commit();
                }
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = SearchIndex.searcher(reader);
                for (int i = 0; i < 300; i++) {
                    String typed = query(random);
                    SearchQueries.TextQueries queries = SearchQueries.of(QueryText.parse(typed), analyzer, analyzer);
                    Query plain = plain(QueryText.parse(typed));
                    Map<Integer, Float> expected = all(searcher, plain);
                    Map<Integer, Float> actual = all(searcher, queries.scoring());
                    assertEquals(expected.keySet(), actual.keySet(), typed);
                    expected.forEach((doc, score) -> assertEquals(score, actual.get(doc), 1e-4f * score, typed));
                    assertEquals(expected.size(), searcher.count(queries.matching()), typed);
                    ScoreDoc[] page = best(searcher, queries.scoring()).scoreDocs;
                    ScoreDoc[] plainPage = best(searcher, plain).scoreDocs;
                    assertEquals(plainPage.length, page.length, typed);
                    for (int rank = 0; rank < page.length; rank++) {
                        // documents of equal scores may come in either order
                        assertEquals(plainPage[rank].score, page[rank].score, 1e-4f * page[rank].score, typed);
                    }
                }
            }
        }
    }

    /** Each word and phrase required, as a disjunction of its queries in the weighted fields. */
    private Query plain(QueryText text) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> words = text.words().isBlank() ? List.of() : List.of(text.words().trim().split("\\s+"));
        for (String word : words) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            SearchQueries.FIELDS.forEach((field, weight) -> any.add(
                    new BoostQuery(builder.createBooleanQuery(field, word), weight), BooleanClause.Occur.SHOULD));
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        for (String phrase : text.phrases()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            SearchQueries.FIELDS.forEach((field, weight) -> any.add(
                    new BoostQuery(builder.createPhraseQuery(field, phrase), weight), BooleanClause.Occur.SHOULD));
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static Map<Integer, Float> all(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    /** The best ten as a search for a page finds them, skipping what cannot make them. */
    private static TopDocs best(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(10, 10));
    }

    private static String text(Random random, int least, int most) {
        StringBuilder text = new StringBuilder();
        int words = least + random.nextInt(most - least + 1);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** One to three words (none of them part of a synonym of several words), sometimes with a quoted phrase. */
    private static String query(Random random) {
        List<String> parts = new ArrayList<>();
        int words = random.nextInt(4);
        while (parts.size() < words) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (!List.of("service", "user", "expert", "experience").contains(word)) {
                parts.add(word);
            }
        }
        if (words == 0 || random.nextInt(3) == 0) {
            parts.add(random.nextInt(parts.size() + 1), '"' + PHRASES[random.nextInt(PHRASES.length)] + '"');
        }
        return String.join(" ", parts);
    }
}
