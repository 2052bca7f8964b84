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

    /** The scoring part of the query, with no filters (null when the text has no searchable words). */
    public static Query text(QueryText text, Analyzer queryAnalyzer, boolean fuzzy) {
        return text(text, queryAnalyzer, queryAnalyzer, fuzzy);
    }

    /** {@link #text(QueryText, Analyzer, boolean)} with the words analysed by one analyzer, the phrases by another. */
    public static Query text(QueryText text, Analyzer words, Analyzer phrases, boolean fuzzy) {
        return build(text, words, phrases, fuzzy, false);
    }

    /**
     * The documents {@code text(text, words, phrases, false)} matches, without scores, found through the field
     * {@link SearchFields#ALL} (one posting list a word instead of three): for counting them.
     */
    public static Query matching(QueryText text, Analyzer words, Analyzer phrases) {
        return build(text, words, phrases, false, true);
    }

    private static Query build(QueryText text, Analyzer wordAnalyzer, Analyzer phraseAnalyzer, boolean fuzzy,
                               boolean matchOnly) {
        QueryBuilder builder = new QueryBuilder(wordAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        QueryBuilder phraseBuilder = new QueryBuilder(phraseAnalyzer);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        if (!text.words().isBlank()) {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            int wordClauses = 0;
            for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                Query q = builder.createBooleanQuery(field.getKey(), text.words(), BooleanClause.Occur.SHOULD);
                if (q != null) {
                    words.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                    wordClauses++;
                }
            }
            if (fuzzy) {
                for (String token : tokens(SearchAnalyzers.plain(), SearchFields.PLAIN, text.words())) {
                    if (token.length() >= 4) {
                        words.add(new BoostQuery(new FuzzyQuery(new Term(SearchFields.PLAIN, token),
                                token.length() >= 8 ? 2 : 1, 1), 0.5f), BooleanClause.Occur.SHOULD);
                        wordClauses++;
                    }
                }
            }
            if (wordClauses > 0) {
                Query every = fuzzy ? null : builder.createBooleanQuery(SearchFields.ALL, text.words(), BooleanClause.Occur.MUST);
                Query perWord = every == null ? null : eachWordInAnyField(every);
                if (perWord != null) {
                    // The same matches and scores as below, shaped as a conjunction of the words, each scored in the
                    // weighted fields: a search for the best few skips, block by block, what cannot beat them.
                    all.add(matchOnly ? every : perWord, matchOnly ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
                } else if (every != null && matchOnly) {
                    all.add(every, BooleanClause.Occur.FILTER);
                } else if (every != null) {
                    // Which documents match is decided by the filter; the words in the weighted fields only score,
                    // so a search for the best few can skip documents that cannot score high enough.
                    all.add(every, BooleanClause.Occur.FILTER);
                    all.add(words.build(), BooleanClause.Occur.SHOULD);
                } else {
                    all.add(words.build(), text.phrases().isEmpty() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
                }
                clauses++;
            }
        }
        for (String phrase : text.phrases()) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            int phraseClauses = 0;
            for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                Query q = phraseBuilder.createPhraseQuery(field.getKey(), phrase);
                if (q != null) {
                    either.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                    phraseClauses++;
                }
            }
            if (phraseClauses > 0) {
                all.add(either.build(), matchOnly ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /**
     * {@code every}, which requires each word (or its synonyms) in the field {@link SearchFields#ALL}, turned into a
     * conjunction of the words, each of them matched in title, headings or body and scored with those fields' weights;
     * null when it holds a query of a kind this cannot move to other fields.
     */
    static Query eachWordInAnyField(Query every) {
        List<Query> words = new ArrayList<>();
        if (every instanceof BooleanQuery bq && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST)) {
            bq.clauses().forEach(c -> words.add(c.query()));
        } else {
            words.add(every);
        }
        BooleanQuery.Builder conjunction = new BooleanQuery.Builder();
        for (Query word : words) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                Query moved = inField(word, field.getKey());
                if (moved == null) {
                    return null;
                }
                anyField.add(new BoostQuery(moved, field.getValue()), BooleanClause.Occur.SHOULD);
            }
            conjunction.add(anyField.build(), BooleanClause.Occur.MUST);
        }
        return conjunction.build();
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
     * audiences, the chosen filters, and never documents of disabled plugins.
     */
    public static Query filtered(Query text, List<String> audiences, Map<String, String> filters,
                                 List<String> hiddenTypes) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        query.add(new TermInSetQuery(SearchFields.AUDIENCE, audiences.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER);
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
