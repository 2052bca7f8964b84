package org.coproduce.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.coproduce.portal.common.Texts;

/** Finds and stores accounts. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Texts.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
