package org.coproduce.portal.search;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Where each searched word is in each segment's term dictionary, and how common it is, looked up once a reader: a
 * search otherwise looks every word up again in every segment (at a million posts, ten segments and three fields a
 * word: 5% of the portal's processor time in the benchmark's searches). Common words come back in many different
 * searches, so the words of recent searches are remembered (the least recently used forgotten first). The statistics
 * in them are those of the same reader, so scores do not change.
 */
final class KnownTermStates {

    private final ReaderBoundCache<Term, TermStates> states;

    KnownTermStates(int remembered) {
        this.states = new ReaderBoundCache<>(remembered);
    }

    /**
     * {@code query} with each of its term queries (within boolean and boosted queries) carrying the term's states for
     * {@code searcher}'s reader; other queries as they are.
     */
    Query bind(IndexSearcher searcher, Query query) throws IOException {
        if (query instanceof TermQuery tq) {
            TermStates known = states.get(searcher.getIndexReader(), tq.getTerm(),
                    term -> TermStates.build(searcher, term, true));
            return new TermQuery(tq.getTerm(), known);
        }
        if (query instanceof BoostQuery boosted) {
            return new BoostQuery(bind(searcher, boosted.getQuery()), boosted.getBoost());
        }
        if (query instanceof BooleanQuery bq) {
            BooleanQuery.Builder bound = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bq.clauses()) {
                bound.add(bind(searcher, clause.query()), clause.occur());
            }
            return bound.build();
        }
        return query;
    }
}
