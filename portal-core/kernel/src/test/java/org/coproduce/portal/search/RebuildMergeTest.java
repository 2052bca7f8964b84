package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt index is merged into one segment, every document in it, before it is put in place. */
class RebuildMergeTest {

    @Test
    void aRebuildWrittenInSeveralSegmentsIsPutInPlaceAsOne(@TempDir Path folder) throws IOException {
        SearchIndex index = new SearchIndex();
        index.dataDir = folder.toString();
        index.open(SynonymGroups.NONE);
        try {
            SearchIndex.Rebuild rebuild = index.startRebuild(SynonymGroups.NONE);
            for (int segment = 0; segment < 3; segment++) {
                for (int i = 0; i < 4; i++) {
                    String id = String.valueOf(segment * 4 + i);
                    rebuild.add(IndexFixtures.indexed("thread", id, "Thread " + id, "", "Carers meet on Tuesdays."));
                }
                rebuild.writer().flush();
            }
            try (DirectoryReader written = DirectoryReader.open(rebuild.writer())) {
                assertEquals(3, written.leaves().size(), "written in three segments");
            }
            index.replaceWith(rebuild, 1);
            assertEquals(1, (int) index.withSearcher(s -> s.getIndexReader().leaves().size()));
            assertEquals(12, (int) index.withSearcher(s -> s.getIndexReader().numDocs()));
            assertEquals(1, index.applied());
        } finally {
            index.close();
        }
    }
}
