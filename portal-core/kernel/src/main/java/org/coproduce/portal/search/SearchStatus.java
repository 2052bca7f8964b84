package org.coproduce.portal.search;

/**
 * The index as administrators see it.
 *
 * @param documents   documents in the live index
 * @param appliedTask the last outbox task applied
 * @param latestTask  the last outbox task written (the index is behind while it is higher)
 * @param rebuild     the last rebuild's progress
 * @param lastError   the worker's last failure, or null
 * @param synonymsIndexed whether the index holds the groups of the synonym list in force (until a rebuild after an
 *                        edit, searches expand the words to their synonyms instead, which is slower)
 */
@jakarta.json.bind.annotation.JsonbNillable
public record SearchStatus(long documents, long appliedTask, long latestTask, RebuildProgress rebuild, String lastError,
                           boolean synonymsIndexed) {
}
