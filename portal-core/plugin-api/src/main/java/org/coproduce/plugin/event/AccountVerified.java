package org.coproduce.plugin.event;

import java.time.Instant;

/**
 * A member verified their email address and may now take part.
 *
 * @param accountId  the account's id
 * @param occurredAt when
 * @since 1.0
 */
public record AccountVerified(long accountId, Instant occurredAt) implements PortalEvent {
}
