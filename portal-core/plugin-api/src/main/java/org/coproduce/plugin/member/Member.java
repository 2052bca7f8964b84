package org.coproduce.plugin.member;

import java.util.Optional;
import org.coproduce.plugin.PortalRole;

/**
 * A member of the portal as plugins see them.
 *
 * @param id          the account id
 * @param displayName the name the member shows to others
 * @param email       the member's email address (for the plugin's own records; never show it to other members
 *                    without a reason the member knows of)
 * @param role        the member's portal role
 * @param verified    whether the member has verified their email address
 * @since 1.1
 */
public record Member(long id, String displayName, String email, Optional<PortalRole> role, boolean verified) {
}
