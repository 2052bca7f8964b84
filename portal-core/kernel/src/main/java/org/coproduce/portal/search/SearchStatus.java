package org.coproduce.portal.search;

/**
 * The index as administrators see it.
 *
 * @param documents   documents in the live index
 * @param appliedTask the last outbox task applied
 * @param latestTask  the last outbox task written (the index is behind while it is higher)
 * @param rebuild     the last rebuild's progress
 * @param lastError   the worker's last failure, or null
 */
@jakarta.json.bind.annotation.JsonbNillable
public record SearchStatus(long documents, long appliedTask, long latestTask, RebuildProgress rebuild, String lastError) {
}
