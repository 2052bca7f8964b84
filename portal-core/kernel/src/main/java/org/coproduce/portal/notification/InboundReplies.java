package org.coproduce.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.discussion.Readers;
import org.coproduce.portal.discussion.Replies;
import org.coproduce.portal.discussion.Reply;

/**
 * Replies by email: a mail read from the portal's mailbox is posted as a reply in the thread its reply address
 * names, by the member it names, under the same rules as posting on the site (confirmed member who may read the
 * thread, thread not locked). A mail whose sender is not that member's address is refused and logged. Each mail is
 * recorded by its Message-ID in {@code inbound_mail} in the transaction that posts it, so it is posted once
 * however often it is read (and by whichever node reads it first).
 */
@ApplicationScoped
public class InboundReplies {

    private static final Logger LOG = Logger.getLogger(InboundReplies.class.getName());

    /** What became of a mail. */
    public enum Outcome {
        /** Posted as a reply. */
        POSTED,
        /** Not posted: the sender or the rules did not allow it (logged). */
        REFUSED,
        /** Not addressed to a reply address this portal signed. */
        NOT_FOR_US,
        /** Nothing of the member's own was left once quotes and signatures were taken out. */
        EMPTY,
        /** An automatic mail (out-of-office, bounce): never posted. */
        AUTOMATIC,
        /** Read before: already handled. */
        DUPLICATE
    }

    /**
     * One mail from the mailbox.
     *
     * @param key        its Message-ID (or another stable name when it has none)
     * @param sender     the From address
     * @param recipients every address it was sent to (To, Cc, Delivered-To...)
     * @param text       its plain text as sent (quotes and signature still in)
     * @param automatic  whether it says it was sent automatically (Auto-Submitted, an auto-reply)
     */
    public record Incoming(String key, String sender, List<String> recipients, String text, boolean automatic) {
    }

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Replies replies;

    /** Whether the mail has been handled before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean known(String key) {
        return !em.createNativeQuery("SELECT 1 FROM inbound_mail WHERE message_key = ?1").setParameter(1, cut(key, 300))
                .getResultList().isEmpty();
    }

    /**
     * Handles one mail in a transaction of its own. Throws {@link org.coproduce.plugin.Problem} when the posting
     * rules refuse the reply (nothing is written then; record that with {@link #refused}).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome receive(Incoming mail) {
        if (known(mail.key())) {
            return Outcome.DUPLICATE;
        }
        Optional<ReplyAddresses> addresses = notifications.replyAddresses();
        Optional<ReplyAddresses.Target> target = addresses.flatMap(a -> mail.recipients().stream()
                .map(a::read).flatMap(Optional::stream).findFirst());
        if (target.isEmpty()) {
            record(mail, null, Outcome.NOT_FOR_US, null, "Not sent to a reply address of this portal.");
            return Outcome.NOT_FOR_US;
        }
        ReplyAddresses.Target to = target.get();
        if (mail.automatic()) {
            record(mail, to, Outcome.AUTOMATIC, null, "An automatic mail (such as an out-of-office reply).");
            return Outcome.AUTOMATIC;
        }
        Account member = em.find(Account.class, to.accountId());
        if (member == null || mail.sender() == null
                || !member.email().toLowerCase(Locale.ROOT).equals(mail.sender().strip().toLowerCase(Locale.ROOT))) {
            LOG.warning(() -> "Refused a reply by email to thread " + to.threadId() + ": it came from <" + mail.sender()
                    + ">, not from the address of member " + to.accountId() + " the reply address was made for ("
                    + mail.key() + ").");
            record(mail, to, Outcome.REFUSED, null, "The sender is not the member the reply address was made for.");
            return Outcome.REFUSED;
        }
        String text = ReplyText.clean(mail.text());
        if (text.isBlank()) {
            record(mail, to, Outcome.EMPTY, null, "Nothing left once quoted text and signatures were taken out.");
            return Outcome.EMPTY;
        }
        Reply reply = replies.add(Readers.viewer(member), to.threadId(), text, null);
        record(mail, to, Outcome.POSTED, reply.id(), null);
        LOG.info(() -> "Posted reply " + reply.id() + " by email from member " + to.accountId() + " in thread "
                + to.threadId() + ".");
        return Outcome.POSTED;
    }

    /** Records that the posting rules refused a mail, so it is not tried again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Incoming mail, String why) {
        if (known(mail.key())) {
            return;
        }
        Optional<ReplyAddresses.Target> target = notifications.replyAddresses().flatMap(a -> mail.recipients().stream()
                .map(a::read).flatMap(Optional::stream).findFirst());
        LOG.warning(() -> "Refused a reply by email from <" + mail.sender() + "> (" + mail.key() + "): " + why);
        record(mail, target.orElse(null), Outcome.REFUSED, null, why);
    }

    /** What became of a mail, if it was handled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Outcome> outcome(String key) {
        List<?> rows = em.createNativeQuery("SELECT outcome FROM inbound_mail WHERE message_key = ?1")
                .setParameter(1, cut(key, 300)).getResultList();
        return rows.stream().findFirst().map(o -> Outcome.valueOf((String) o));
    }

    private void record(Incoming mail, ReplyAddresses.Target target, Outcome outcome, Long replyId, String detail) {
        em.createNativeQuery("INSERT INTO inbound_mail (message_key, received_at, sender, account_id, thread_id, reply_id, "
                        + "outcome, detail) VALUES (?1, ?2, ?3, CAST(?4 AS BIGINT), CAST(?5 AS BIGINT), CAST(?6 AS BIGINT), ?7, CAST(?8 AS VARCHAR(500)))")
                .setParameter(1, cut(mail.key(), 300)).setParameter(2, Instant.now().atOffset(ZoneOffset.UTC))
                .setParameter(3, cut(mail.sender() == null ? "" : mail.sender(), 254))
                .setParameter(4, target == null ? null : target.accountId())
                .setParameter(5, target == null ? null : target.threadId())
                .setParameter(6, replyId).setParameter(7, outcome.name()).setParameter(8, detail == null ? null : cut(detail, 500))
                .executeUpdate();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
