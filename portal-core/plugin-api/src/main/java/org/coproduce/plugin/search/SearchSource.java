package org.coproduce.plugin.search;

import java.util.List;
import java.util.Optional;

/**
 * Supplies the documents of one of a plugin's content types (a CDI bean in the plugin). The core calls it from its
 * index worker, outside any request, and only while the plugin is enabled; while it is disabled its documents are
 * left out of every search.
 *
 * @since 1.1
 */
public interface SearchSource {

    /** The content type, unique in the portal: lower-case letters, digits and hyphens, such as {@code plan-item}. */
    String type();

    /**
     * The object as it should be found now, or empty when it must not be found by anyone (deleted, hidden, not
     * published yet). Read it from the database: the core calls this after every change you report.
     */
    Optional<SearchDocument> document(String id);

    /** The ids of every object of this type that might be found, for rebuilding the index. */
    List<String> ids();
}
