package org.coproduce.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds Lucene queries from what a person typed. Every word (or one of its synonyms) must be in the title,
 * headings or body, so each word added narrows the results; the words score in the title (weighted 4), headings
 * (2) and body (1); quoted phrases must match, as phrases, in one of those fields. With typo tolerance on, any of
 * the words is enough, and each word of four letters or more also matches words one edit away (two from eight
 * letters). Words and phrases may be analysed differently: words to synonym groups' terms when the index holds
 * them, phrases always to their words (expanded to synonyms), so a phrase matches word by word.
 */
public final class SearchQueries {

    static final Map<String, Float> FIELDS = Map.of(SearchFields.TITLE, 4f, SearchFields.HEADINGS, 2f,
            SearchFields.BODY, 1f);

    private SearchQueries() {
    }

    /**
     * The text as two queries, with no filters: {@code scoring} finds and scores the documents; {@code matching} finds
     * the same documents without scores through the field {@link SearchFields#ALL} (one posting list a word instead of
     * three), for counting them.
     */
    public record TextQueries(Query scoring, Query matching) {
    }

    /**
     * A word or quoted phrase of the text: the query a document must match ({@code matches}: a word in
     * {@link SearchFields#ALL}, a phrase in any weighted field) and its clauses in the weighted fields, which score it
     * ({@code scores}).
     */
    private record Required(Query matches, List<Query> scores) {
    }

    /**
     * The queries for the text, its words analysed by one analyzer and its phrases by another, each once; null when the
     * text has no searchable words.
     */
    public static TextQueries of(QueryText text, Analyzer words, Analyzer phrases) {
        QueryBuilder builder = queryBuilder(words);
        // Every field is analysed alike, so the words make a query for ALL exactly when they make one for the others.
        Query every = text.words().isBlank() ? null
                : builder.createBooleanQuery(SearchFields.ALL, text.words(), BooleanClause.Occur.MUST);
        List<Required> quoted = phrases(text, phrases);
        if (every == null && quoted.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        if (every != null) {
            matching.add(every, BooleanClause.Occur.FILTER);
        }
        quoted.forEach(phrase -> matching.add(phrase.matches(), BooleanClause.Occur.FILTER));
        List<Required> required = every == null ? new ArrayList<>() : words(every);
        Query scoring;
        if (required == null) {
            scoring = wordsScoredTogether(every, quoted, builder, text.words());
        } else {
            required.addAll(quoted);
            scoring = scoredInFields(required);
        }
        return new TextQueries(scoring, matching.build());
    }

    /**
     * Each word and phrase required, and scored in the weighted fields where it is. With two or more of them, the
     * requirements are filters and the weighted fields' clauses one flat disjunction, at least one of which matches
     * any document that meets the filters. Lucene then ranks with MaxScore: the clauses too weak to reach the best few
     * so far (a common word in bodies) are left out of its lead and only checked on the documents the strong ones find.
     * Shaped as a conjunction of each word's disjunction over the fields, with the same matches and scores, a search
     * for "family support" cost 14 times as much at a million posts.
     */
    private static Query scoredInFields(List<Required> required) {
        if (required.size() == 1) {
            // one word or phrase: matching it in any of the weighted fields is all that is asked
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            required.get(0).scores().forEach(clause -> any.add(clause, BooleanClause.Occur.SHOULD));
            return any.build();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        for (Required each : required) {
            all.add(each.matches(), BooleanClause.Occur.FILTER);
            each.scores().forEach(clause -> all.add(clause, BooleanClause.Occur.SHOULD));
        }
        return all.build();
    }

    /**
     * For words that cannot be moved to other fields one by one: which documents match is decided by the words in
     * {@link SearchFields#ALL} and the phrases; the words in the weighted fields, analysed together, only score.
     */
    private static Query wordsScoredTogether(Query every, List<Required> quoted, QueryBuilder builder, String words) {
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        scoring.add(every, BooleanClause.Occur.FILTER);
        scoring.add(weightedWords(builder, words, false), BooleanClause.Occur.SHOULD);
        quoted.forEach(phrase -> scoring.add(phrase.matches(), BooleanClause.Occur.MUST));
        return scoring.build();
    }

    /**
     * The scoring query with typo tolerance: any of the words is enough (in the weighted fields), and each word of four
     * letters or more also matches words one edit away (two from eight letters); phrases must still match. Null when
     * the text has no searchable words.
     */
    public static Query tolerant(QueryText text, Analyzer words, Analyzer phrases) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        if (!text.words().isBlank()) {
            Query weighted = weightedWords(queryBuilder(words), text.words(), true);
            if (weighted != null) {
                all.add(weighted, text.phrases().isEmpty() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        for (Required phrase : phrases(text, phrases)) {
            all.add(phrase.matches(), BooleanClause.Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? null : all.build();
    }

    private static QueryBuilder queryBuilder(Analyzer analyzer) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return builder;
    }

    /** Any of the words in title, headings or body, with the fields' weights (and, fuzzy, words a letter or two away). */
    private static Query weightedWords(QueryBuilder builder, String words, boolean fuzzy) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            Query q = builder.createBooleanQuery(field.getKey(), words, BooleanClause.Occur.SHOULD);
            if (q != null) {
                any.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (fuzzy) {
            for (String token : tokens(SearchAnalyzers.plain(), SearchFields.PLAIN, words)) {
                if (token.length() >= 4) {
                    any.add(new BoostQuery(new FuzzyQuery(new Term(SearchFields.PLAIN, token),
                            token.length() >= 8 ? 2 : 1, 1), 0.5f), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : any.build();
    }

    /** Each quoted phrase, matched as a phrase in title, headings or body (and scored with the fields' weights). */
    private static List<Required> phrases(QueryText text, Analyzer analyzer) {
        QueryBuilder builder = queryBuilder(analyzer);
        List<Required> phrases = new ArrayList<>();
        for (String phrase : text.phrases()) {
            List<Query> inFields = new ArrayList<>();
            for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                Query q = builder.createPhraseQuery(field.getKey(), phrase);
                if (q != null) {
                    inFields.add(new BoostQuery(q, field.getValue()));
                }
            }
            if (!inFields.isEmpty()) {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                inFields.forEach(q -> either.add(q, BooleanClause.Occur.SHOULD));
                phrases.add(new Required(either.build(), inFields));
            }
        }
        return phrases;
    }

    /**
     * The words {@code every} requires, each with its clauses in the weighted fields; null when one of them is a query
     * of a kind this cannot move to other fields.
     */
    private static List<Required> words(Query every) {
        List<Query> words = every instanceof BooleanQuery bq
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST)
                ? bq.clauses().stream().map(BooleanClause::query).toList() : List.of(every);
        List<Required> required = new ArrayList<>();
        for (Query word : words) {
            List<Query> inFields = new ArrayList<>();
            for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                Query moved = inField(word, field.getKey());
                if (moved == null) {
                    return null;
                }
                inFields.add(new BoostQuery(moved, field.getValue()));
            }
            required.add(new Required(word, inFields));
        }
        return required;
    }

    /** {@code query} asking the same of {@code field}; null for a kind of query it cannot move. */
    static Query inField(Query query, String field) {
        if (query instanceof TermQuery tq) {
            return new TermQuery(new Term(field, tq.getTerm().bytes()));
        }
        if (query instanceof SynonymQuery sq) {
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
            sq.getTerms().forEach(t -> synonyms.addTerm(new Term(field, t.bytes())));
            return synonyms.build();
        }
        if (query instanceof PhraseQuery pq) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(pq.getSlop());
            Term[] terms = pq.getTerms();
            int[] positions = pq.getPositions();
            for (int i = 0; i < terms.length; i++) {
                phrase.add(new Term(field, terms[i].bytes()), positions[i]);
            }
            return phrase.build();
        }
        if (query instanceof BoostQuery boosted) {
            Query inner = inField(boosted.getQuery(), field);
            return inner == null ? null : new BoostQuery(inner, boosted.getBoost());
        }
        if (query instanceof BooleanQuery bq) {
            BooleanQuery.Builder moved = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bq.clauses()) {
                Query inner = inField(clause.query(), field);
                if (inner == null) {
                    return null;
                }
                moved.add(inner, clause.occur());
            }
            return moved.build();
        }
        return null;
    }

    /**
     * The whole query: the text (or every document when there is none), only documents for the viewer's
     * audiences, the chosen filters, and never documents of disabled plugins. Every document has exactly one of the
     * known audiences (IndexedDocument refuses any other), so the query leaves out the documents of the audiences the
     * viewer is not in rather than requiring one of theirs: most documents are public, and excluding the few others
     * costs a search far less than checking every match against nearly the whole index.
     */
    public static Query filtered(Query text, List<String> audiences, Map<String, String> filters,
                                 List<String> hiddenTypes) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        List<BytesRef> unreadable = Audiences.ALL.stream().filter(a -> !audiences.contains(a))
                .map(BytesRef::new).toList();
        if (!unreadable.isEmpty()) {
            query.add(new TermInSetQuery(SearchFields.AUDIENCE, unreadable), BooleanClause.Occur.MUST_NOT);
        }
        filters.forEach((dimension, value) -> query.add(
                new TermQuery(new Term(SearchFields.FILTER_PREFIX + dimension, value)), BooleanClause.Occur.FILTER));
        for (String type : hiddenTypes) {
            query.add(new TermQuery(new Term(SearchFields.FILTER_PREFIX + SearchFields.TYPE, type)),
                    BooleanClause.Occur.MUST_NOT);
        }
        return query.build();
    }

    /** The terms {@code analyzer} makes of {@code text}. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
