package org.coproduce.plugin;

/**
 * The portal-wide roles. Each includes the ones before it: an administrator is also a moderator and a member.
 *
 * @since 1.0
 */
public enum PortalRole {
    /** A registered member. */
    MEMBER,
    /** A moderator: curates content. */
    MODERATOR,
    /** An administrator: runs the portal. */
    ADMIN;

    /** Whether someone with this role also holds {@code other}. */
    public boolean includes(PortalRole other) {
        return compareTo(other) >= 0;
    }
}
