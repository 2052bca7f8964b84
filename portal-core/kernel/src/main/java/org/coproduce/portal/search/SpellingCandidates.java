package org.coproduce.portal.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Words of the index close to a word it does not know, best first, remembered per index reader: finding them
 * builds a Levenshtein automaton and walks the terms, far more work than the search itself, and the same misspelling
 * comes again and again. Which of them a viewer may see is decided by the caller, per viewer.
 */
final class SpellingCandidates {

    static final int REMEMBERED = 2_000;
    static final int CANDIDATES = 5;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private IndexReader reader;
    private final Map<String, List<String>> known = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The candidates for {@code word} in {@code field} of {@code current}. */
    List<String> of(IndexReader current, String field, String word) throws IOException {
        synchronized (known) {
            if (current != reader) {
                reader = current;
                known.clear();
            }
            List<String> remembered = known.get(field + '\u0000' + word);
            if (remembered != null) {
                return remembered;
            }
        }
        SuggestWord[] words = checker.suggestSimilar(new Term(field, word), CANDIDATES, current,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        List<String> candidates = java.util.Arrays.stream(words).map(w -> w.string).toList();
        synchronized (known) {
            if (current == reader) {
                known.put(field + '\u0000' + word, candidates);
            }
        }
        return candidates;
    }
}
