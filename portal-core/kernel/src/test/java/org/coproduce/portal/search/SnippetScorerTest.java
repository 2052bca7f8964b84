package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Passages score exactly as Lucene's own passage scorer scores them, so the same snippets are chosen. */
class SnippetScorerTest {

    @Test
    void scoresEqualTheLibrarysForRandomPassages() {
        Random random = new Random(42);
        String[] words = {"carer", "support", "syn#0", "budget", "meet", "co", "product"};
        PassageScorer library = new PassageScorer();
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 1_000);
            int offset = start;
            int matches = random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                offset += 1 + random.nextInt(40);
                String word = words[random.nextInt(words.length)];
                // the same term always has the same frequency in the document
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + Math.floorMod(word.hashCode(), 9));
            }
            passage.setEndOffset(offset + 10 + random.nextInt(200));
            int contentLength = passage.getEndOffset() + random.nextInt(20_000);
            assertEquals(library.score(passage, contentLength), SnippetScorer.INSTANCE.score(passage, contentLength),
                    "passage " + passage);
        }
    }
}
