package org.coproduce.portal.mail;

import jakarta.persistence.EntityManager;

/** The outbox for tests in other packages. */
public final class OutboxFixtures {

    private OutboxFixtures() {
    }

    public static MailOutbox outbox(EntityManager em) {
        MailOutbox outbox = new MailOutbox();
        outbox.em = em;
        return outbox;
    }
}
