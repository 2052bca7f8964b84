package org.coproduce.plugin.member;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Injectable: finds members, for a plugin that names people in its records (a plan's team, a payment's payee).
 *
 * @since 1.1
 */
public interface Members {

    /** The member with this account id. */
    Optional<Member> byId(long accountId);

    /** The member with this email address (compared without regard to case or surrounding spaces). */
    Optional<Member> byEmail(String email);

    /** The members with these ids, in one query, keyed by id; ids that name nobody are left out. */
    Map<Long, Member> byIds(Collection<Long> accountIds);
}
