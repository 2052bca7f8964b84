package org.coproduce.plugin.event;

import java.time.Instant;

/**
 * A person registered an account (not yet verified).
 *
 * @param accountId   the new account's id
 * @param displayName the name they chose
 * @param occurredAt  when
 * @since 1.0
 */
public record AccountRegistered(long accountId, String displayName, Instant occurredAt) implements PortalEvent {
}
