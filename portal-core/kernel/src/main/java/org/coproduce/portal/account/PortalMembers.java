package org.coproduce.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;

/** The accounts as plugins see them. */
@ApplicationScoped
public class PortalMembers implements Members {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Member> byId(long accountId) {
        return accounts.find(accountId).map(PortalMembers::member);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Member> byEmail(String email) {
        return email == null ? Optional.empty() : accounts.findByEmail(email).map(PortalMembers::member);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Member> byIds(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", accountIds).getResultStream().map(PortalMembers::member)
                .collect(Collectors.toMap(Member::id, Function.identity()));
    }

    static Member member(Account account) {
        return new Member(account.id(), account.displayName(), account.email(), Optional.of(account.portalRole()),
                account.verified());
    }
}
