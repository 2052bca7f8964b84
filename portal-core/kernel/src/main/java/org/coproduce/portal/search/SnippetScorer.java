package org.coproduce.portal.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 over a passage's matched terms, favouring passages near the start), computed without
 * the hash table the library builds for every passage to find its distinct terms: a passage matches a few terms, so
 * comparing them in turn is cheaper than the table's 32 KB blocks. The scores are the same, term for term.
 */
final class SnippetScorer extends PassageScorer {

    static final SnippetScorer INSTANCE = new SnippetScorer();

    private SnippetScorer() {
    }

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int term = 0;
            while (term < count && !distinct[term].bytesEquals(terms[i])) {
                term++;
            }
            if (term == count) {
                distinct[count] = terms[i];
                inDoc[count] = freqsInDoc[i];
                count++;
            }
            inPassage[term]++;
        }
        double score = 0;
        // in the order the terms first occur, as the library sums them
        for (int term = 0; term < count; term++) {
            score += tf(inPassage[term], passage.getLength()) * weight(contentLength, inDoc[term]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
