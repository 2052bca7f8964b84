package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document has a norm in each scored field, a reply (whose title is not searched) and a document without
 * headings too, so scorers read norms by document number rather than searching for them.
 */
class ScoredFieldNormsTest {

    @Test
    void everyDocumentHasANormInEachScoredField(@TempDir Path folder) throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter writer = IndexFixtures.newWriter(dir)) {
            writer.addDocument(IndexFixtures.document("thread", "1", "Budget meeting", "", "We planned the budget."));
            writer.addDocument(IndexFixtures.document("reply", "2", "Budget meeting", "", "Agreed."));
            writer.addDocument(IndexFixtures.document("guidance", "3", "Planning", "Who takes part", "Everyone."));
            writer.addDocument(IndexFixtures.document("reply", "4", "Budget meeting", "", ""));
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (String field : SearchQueries.FIELDS.keySet()) {
                    assertEquals(4, withNorms(leaf, field), field);
                }
                // the empty title scores nothing: the reply is not found by its thread's title
                assertEquals(1, reader.docFreq(new org.apache.lucene.index.Term(SearchFields.TITLE, "budget")));
            }
        }
    }

    private static int withNorms(LeafReader leaf, String field) throws IOException {
        NumericDocValues norms = leaf.getNormValues(field);
        int count = 0;
        while (norms != null && norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            count++;
        }
        return count;
    }
}
