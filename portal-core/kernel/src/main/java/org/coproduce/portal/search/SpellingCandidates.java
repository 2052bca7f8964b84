package org.coproduce.portal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.util.BytesRef;

/**
 * Words of the index close to a word it does not know, best first, remembered per index reader: finding them
 * builds a Levenshtein automaton and walks the terms, far more work than the search itself, and the same misspelling
 * comes again and again. Which of them a viewer may see is decided by the caller, per viewer.
 */
final class SpellingCandidates {

    static final int REMEMBERED = 2_000;
    static final int CANDIDATES = 5;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final ReaderBoundCache<Term, List<String>> known = new ReaderBoundCache<>(REMEMBERED);

    /**
     * Whether {@code field} of {@code reader} has {@code word}: looked up segment by segment until one has it (most
     * words are in the first, largest segment), where the reader's document frequency would look in every segment.
     */
    static boolean inIndex(IndexReader reader, String field, String word) throws IOException {
        BytesRef term = new BytesRef(word);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms != null && terms.iterator().seekExact(term)) {
                return true;
            }
        }
        return false;
    }

    /** The candidates for {@code word} in {@code field} of {@code current}. */
    List<String> of(IndexReader current, String field, String word) throws IOException {
        return known.get(current, new Term(field, word), term -> Arrays.stream(
                checker.suggestSimilar(term, CANDIDATES, current, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
                .map(w -> w.string).toList());
    }
}
