package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
             IndexWriter writer = new IndexWriter(dir, SearchIndex.config(IndexWriterConfig.OpenMode.CREATE, 16,
                     SynonymGroups.NONE))) {
            writer.addDocument(document("thread", "1", "Budget meeting", "", "We planned the budget."));
            writer.addDocument(document("reply", "2", "Budget meeting", "", "Agreed."));
            writer.addDocument(document("guidance", "3", "Planning", "Who takes part", "Everyone."));
            writer.addDocument(document("reply", "4", "Budget meeting", "", ""));
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

    private static org.apache.lucene.document.Document document(String type, String id, String title, String headings,
                                                                String body) throws IOException {
        return new IndexedDocument(type, id, title, headings, body, "/" + type + "/" + id, Audiences.PUBLIC,
                Instant.parse("2026-01-01T00:00:00Z"), List.of(), null, null).toLucene(SearchFields.facets());
    }
}
