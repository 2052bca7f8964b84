package org.coproduce.plugin.event;

import java.time.Instant;

/**
 * Something that happened in the portal.
 *
 * @since 1.0
 */
public interface PortalEvent {

    /** When it happened. */
    Instant occurredAt();
}
