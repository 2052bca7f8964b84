/**
 * Search: one embedded Lucene index over the portal's content. Content changes write index tasks to an outbox in
 * their own transaction ({@link org.coproduce.portal.search.SearchOutbox}); {@link
 * org.coproduce.portal.search.SearchWorker} applies them in order, re-reading each object from the database, and
 * records in the index's commit data how far it got. Queries carry the viewer's audiences as a filter, so nothing
 * a viewer may not read reaches results, counts, facets, snippets or suggestions.
 */
package org.coproduce.portal.search;
