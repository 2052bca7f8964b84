package org.coproduce.portal.search;

import jakarta.persistence.EntityManager;

/** Search services wired to an entity manager, for the persistence tests of the features that feed the index. */
public final class SearchFixtures {

    private SearchFixtures() {
    }

    public static SearchOutbox outbox(EntityManager em) {
        SearchOutbox outbox = new SearchOutbox();
        outbox.em = em;
        return outbox;
    }
}
