package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written in another layout (by an older portal) is started afresh and rebuilt; its own is kept. */
class SearchIndexLayoutTest {

    @Test
    void anIndexOfAnotherLayoutIsRebuiltAndItsOwnIsKept(@TempDir Path folder) throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder.resolve("search-index"));
             IndexWriter old = new IndexWriter(dir, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(SearchFields.KEY, "thread:1", StringField.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of(SearchIndex.APPLIED, "7").entrySet());
            old.commit();
        }
        SearchIndex index = new SearchIndex();
        index.dataDir = folder.toString();
        assertTrue(index.open(SynonymGroups.NONE), "an index without this layout needs a rebuild");
        assertEquals(0, index.applied());
        assertEquals(0, (int) index.withSearcher(s -> s.getIndexReader().numDocs()));
        index.apply(List.of(), List.of(), 9);
        index.close();

        SearchIndex again = new SearchIndex();
        again.dataDir = folder.toString();
        assertFalse(again.open(SynonymGroups.NONE), "its own layout is kept");
        assertEquals(9, again.applied());
        again.close();
    }
}
