package org.coproduce.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The outbox: where mails are written, claimed for delivery and read by administrators. */
@ApplicationScoped
public class MailOutbox {

    static final Duration CLAIM = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    /** Writes a mail in the caller's transaction (one is required: the outbox is transactional). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, String subject, String bodyText) {
        em.persist(new OutgoingMail(recipient, subject, bodyText, Instant.now()));
    }

    /** Writes a mail with an HTML alternative and an unsubscribe address, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, String subject, String bodyText, String bodyHtml, String unsubscribeUrl) {
        em.persist(new OutgoingMail(recipient, subject, bodyText, bodyHtml, unsubscribeUrl, Instant.now()));
    }

    /** The newest mails first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailView> recent(int limit) {
        return em.createQuery("SELECT m FROM OutgoingMail m ORDER BY m.id DESC", OutgoingMail.class)
                .setMaxResults(limit).getResultStream().map(MailView::of).toList();
    }

    /**
     * Claims up to {@code limit} mails that are due, so that no other worker (on this node or another) sends
     * them too; a claim left by a crashed worker lapses after two minutes.
     */
    @Transactional
    public List<MailView> claimDue(int limit) {
        Instant now = Instant.now();
        List<Long> ids = em.createQuery("SELECT m.id FROM OutgoingMail m WHERE (m.state = :pending AND "
                        + "m.nextAttemptAt <= :now) OR (m.state = :sending AND m.claimedUntil < :now) ORDER BY m.id",
                        Long.class)
                .setParameter("pending", MailState.PENDING).setParameter("sending", MailState.SENDING)
                .setParameter("now", now).setMaxResults(limit).getResultList();
        return ids.stream().filter(id -> claim(id, now)).map(id -> MailView.of(em.find(OutgoingMail.class, id)))
                .toList();
    }

    private boolean claim(long id, Instant now) {
        return em.createQuery("UPDATE OutgoingMail m SET m.state = :sending, m.claimedUntil = :until WHERE m.id = :id "
                        + "AND ((m.state = :pending AND m.nextAttemptAt <= :now) OR (m.state = :sending AND m.claimedUntil < :now))")
                .setParameter("sending", MailState.SENDING).setParameter("pending", MailState.PENDING)
                .setParameter("until", now.plus(CLAIM)).setParameter("now", now).setParameter("id", id)
                .executeUpdate() == 1;
    }

    @Transactional
    public void markSent(long id) {
        em.find(OutgoingMail.class, id).sent(Instant.now());
    }

    @Transactional
    public void markFailed(long id, String error, RetryPolicy policy) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        int attempts = mail.attempts() + 1;
        mail.failed(error, Instant.now().plus(policy.delayAfter(attempts)), policy.exhausted(attempts));
    }
}
