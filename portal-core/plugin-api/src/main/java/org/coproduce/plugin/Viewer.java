package org.coproduce.plugin;

import java.util.Optional;

/**
 * Who is looking at the portal in the current request: a signed-in member or an anonymous visitor.
 *
 * @param accountId   the member's account id, empty for a visitor
 * @param displayName the member's display name, empty for a visitor
 * @param role        the member's role, empty for a visitor
 * @param verified    whether the member has verified their email address
 * @since 1.0
 */
public record Viewer(Optional<Long> accountId, String displayName, Optional<PortalRole> role, boolean verified) {

    /** The anonymous visitor. */
    public static final Viewer ANONYMOUS = new Viewer(Optional.empty(), "", Optional.empty(), false);

    /** Whether someone is signed in. */
    public boolean signedIn() {
        return accountId.isPresent();
    }

    /** Whether the viewer holds {@code required} (administrators hold every role). */
    public boolean has(PortalRole required) {
        return role.map(r -> r.includes(required)).orElse(false);
    }
}
