package org.coproduce.plugins.welcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.coproduce.plugin.search.SearchIndexer;

/** Reads and changes the welcome message. */
@ApplicationScoped
public class WelcomeMessages {

    @PersistenceContext(unitName = "welcome")
    EntityManager em;

    @Inject
    SearchIndexer search;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WelcomeMessage current() {
        return em.find(WelcomeMessage.class, WelcomeMessage.THE_ONE);
    }

    @Transactional
    public WelcomeMessage change(String heading, String body) {
        WelcomeMessage message = em.find(WelcomeMessage.class, WelcomeMessage.THE_ONE);
        message.change(heading, body);
        search.changed(WelcomeSearchSource.TYPE, String.valueOf(WelcomeMessage.THE_ONE));
        return message;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void countJoined() {
        em.find(WelcomeMessage.class, WelcomeMessage.THE_ONE, LockModeType.PESSIMISTIC_WRITE).countJoined();
    }
}
