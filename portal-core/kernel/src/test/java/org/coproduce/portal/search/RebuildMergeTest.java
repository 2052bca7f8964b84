package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuilt index is put in place as written, every document searchable, and merged into one segment while in use;
 * the merged index is committed.
 */
class RebuildMergeTest {

    @Test
    void aRebuildWrittenInSeveralSegmentsIsPutInPlaceThenMergedIntoOne(@TempDir Path folder) throws Exception {
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
            assertEquals(12, (int) index.withSearcher(s -> s.getIndexReader().numDocs()), "searchable once in place");
            assertEquals(1, index.applied());

            Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
            while (!index.publishMerged()) {
                assertTrue(Instant.now().isBefore(giveUp), "the merge ends");
                Thread.sleep(10);
            }
            assertEquals(1, (int) index.withSearcher(s -> s.getIndexReader().leaves().size()));
            assertEquals(12, (int) index.withSearcher(s -> s.getIndexReader().numDocs()));
            try (FSDirectory directory = FSDirectory.open(index.home());
                 DirectoryReader committed = DirectoryReader.open(directory)) {
                assertEquals(1, committed.leaves().size(), "the merged index is committed");
                assertEquals("1", committed.getIndexCommit().getUserData().get(SearchIndex.APPLIED));
            }
        } finally {
            index.close();
        }
    }

    @Test
    void anIndexClosedWhileItsMergeMayRunKeepsTheRebuiltIndex(@TempDir Path folder) throws IOException {
        SearchIndex index = new SearchIndex();
        index.dataDir = folder.toString();
        index.open(SynonymGroups.NONE);
        SearchIndex.Rebuild rebuild = index.startRebuild(SynonymGroups.NONE);
        for (int i = 0; i < 6; i++) {
            rebuild.add(IndexFixtures.indexed("thread", String.valueOf(i), "Thread " + i, "", "Carers meet."));
            rebuild.writer().flush();
        }
        index.replaceWith(rebuild, 7);
        index.close();
        SearchIndex reopened = new SearchIndex();
        reopened.dataDir = folder.toString();
        try {
            assertFalse(reopened.open(SynonymGroups.NONE), "the rebuilt index is kept");
            assertEquals(7, reopened.applied());
            assertEquals(6, (int) reopened.withSearcher(s -> s.getIndexReader().numDocs()));
        } finally {
            reopened.close();
        }
    }
}
