/**
 * Search: a plugin's own content in the portal's search. A plugin implements {@link
 * org.coproduce.plugin.search.SearchSource} for each of its content types (a CDI bean) and calls {@link
 * org.coproduce.plugin.search.SearchIndexer#changed} in the transaction of every change; the core re-reads the
 * document through the source and indexes it, with the audience the source gives it.
 *
 * @since 1.1
 */
package org.coproduce.plugin.search;
