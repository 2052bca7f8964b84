package org.coproduce.plugin.search;

/**
 * Reports changes to the index (inject it). Call it in the transaction of the change: the report is stored with
 * it, and the core applies it shortly after the transaction commits (within about a second).
 *
 * @since 1.1
 */
public interface SearchIndexer {

    /** The object {@code id} of {@code type} (one of your {@link SearchSource} types) was added, changed or removed. */
    void changed(String type, String id);
}
