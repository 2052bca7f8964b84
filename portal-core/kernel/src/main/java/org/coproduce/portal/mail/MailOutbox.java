package org.coproduce.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        enqueue(recipient, subject, bodyText, bodyHtml, unsubscribeUrl, null);
    }

    /**
     * Writes a mail with an HTML alternative, an unsubscribe address and a Reply-To address (null: none), in the
     * caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, String subject, String bodyText, String bodyHtml, String unsubscribeUrl,
            String replyTo) {
        em.persist(new OutgoingMail(recipient, subject, bodyText, bodyHtml, unsubscribeUrl, replyTo, Instant.now()));
    }

    /** The newest mails first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailView> recent(int limit) {
        return em.createQuery("SELECT m FROM OutgoingMail m ORDER BY m.id DESC", OutgoingMail.class)
                .setMaxResults(limit).getResultStream().map(MailView::of).toList();
    }

    /**
     * Claims up to {@code limit} mails that are due, so that no other worker (on this node or another) sends
     * them too; a claim left by a crashed worker lapses after two minutes. The due rows are locked with
     * {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 alike): a worker on another node in the same moment skips
     * them and takes the next ones instead of waiting, and never takes the same mail.
     */
    @Transactional
    public List<MailView> claimDue(int limit) {
        Instant now = Instant.now();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<?> rows = em.createNativeQuery("SELECT id FROM outgoing_mail WHERE (state = ?1 AND next_attempt_at <= ?2) "
                        + "OR (state = ?3 AND claimed_until < ?2) ORDER BY id LIMIT ?4 FOR UPDATE SKIP LOCKED")
                .setParameter(1, MailState.PENDING.name()).setParameter(2, at).setParameter(3, MailState.SENDING.name())
                .setParameter(4, limit).getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).filter(id -> claim(id, now))
                .map(id -> MailView.of(em.find(OutgoingMail.class, id))).toList();
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
