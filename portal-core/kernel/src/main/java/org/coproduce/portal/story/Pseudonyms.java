package org.coproduce.portal.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/** Each member's stable pseudonym, made the first time it is needed. */
@ApplicationScoped
public class Pseudonyms {

    private static final int ATTEMPTS = 50;

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    PseudonymGenerator generator = new PseudonymGenerator(new SecureRandom());

    /** The member's pseudonym, if they have one yet. */
    public Optional<Pseudonym> find(long accountId) {
        return em.createQuery("SELECT p FROM Pseudonym p WHERE p.accountId = :account", Pseudonym.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    /** The member's pseudonym, made now (unique across the portal) if they have none. */
    @Transactional
    public Pseudonym forAccount(long accountId) {
        Optional<Pseudonym> existing = find(accountId);
        if (existing.isPresent()) {
            return existing.get();
        }
        for (int i = 0; i < ATTEMPTS; i++) {
            String name = generator.next();
            boolean taken = em.createQuery("SELECT COUNT(p) FROM Pseudonym p WHERE p.name = :name", Long.class)
                    .setParameter("name", name).getSingleResult() > 0;
            if (!taken) {
                Pseudonym pseudonym = new Pseudonym(accountId, name, Stories.now());
                em.persist(pseudonym);
                em.flush();
                return pseudonym;
            }
        }
        throw new IllegalStateException("No free pseudonym after " + ATTEMPTS + " attempts");
    }
}
