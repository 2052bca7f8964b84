package org.coproduce.portal.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/** Lucene indexes written as the portal writes them, for the tests of how documents are indexed and searched. */
final class IndexFixtures {

    private IndexFixtures() {
    }

    /** A writer of a new index in {@code dir}, configured as the portal's (analysis, index order), without synonyms. */
    static IndexWriter newWriter(Directory dir) throws IOException {
        return new IndexWriter(dir, SearchIndex.config(IndexWriterConfig.OpenMode.CREATE, 16, SynonymGroups.NONE));
    }

    /** A public document of {@code type}, dated 1 January 2026, without tags or facets. */
    static IndexedDocument indexed(String type, String id, String title, String headings, String body) {
        return new IndexedDocument(type, id, title, headings, body, "/" + type + "/" + id, Audiences.PUBLIC,
                Instant.parse("2026-01-01T00:00:00Z"), List.of(), null, null);
    }

    /** {@link #indexed} as the portal writes it to Lucene. */
    static Document document(String type, String id, String title, String headings, String body) throws IOException {
        return indexed(type, id, title, headings, body).toLucene(SearchFields.facets(), SearchAnalyzers.indexing());
    }
}
