package org.coproduce.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountSettings;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.mail.MailOutbox;

/**
 * Notifications for members: each is written in the transaction of the change it tells about, listed in the
 * portal, and mailed at once, kept for a daily or weekly digest, or not mailed, as the member chose for its kind.
 */
@ApplicationScoped
public class Notifications {

    /** The preference that stops every notification mail at once (set by a digest's unsubscribe link). */
    public static final String ALL = "all";
    static final String SETTINGS_PATH = "/notifications";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountSettings settings;

    @Inject
    PortalSecrets secrets;

    @Inject
    ReplyByEmailSettings replySettings;

    /** A notification's words: its subject and text. */
    public record Notice(String subject, String text) {
    }

    /**
     * Tells a member about something, in words given as they are (plugins' notifications). Returns the
     * notification, or empty when there is no such member.
     *
     * @param path where to read more, a path in the portal (or empty)
     */
    @Transactional
    public Optional<NotificationRecord> send(long recipientId, String kind, String subject, String text, String path) {
        return send(recipientId, kind, words -> new Notice(subject, text), path, null);
    }

    /**
     * Tells a member about something in their language: {@code words} makes the subject and text from the words of
     * the member's language. When {@code threadId} is given and reply by email is on, the mail carries a reply
     * address for that thread: replying to it posts a reply there.
     */
    @Transactional
    public Optional<NotificationRecord> send(long recipientId, String kind, Function<MailWords, Notice> words, String path,
            Long threadId) {
        if (!NotificationKinds.validName(kind)) {
            throw new IllegalArgumentException("Not a notification kind: " + kind);
        }
        Account recipient = em.find(Account.class, recipientId);
        if (recipient == null) {
            return Optional.empty();
        }
        MailWords language = MailWords.of(recipient.language());
        Notice notice = words.apply(language);
        NotificationMode mode = mode(recipientId, kind);
        Delivery delivery = !recipient.verified() ? Delivery.PORTAL : switch (mode) {
            case IMMEDIATE -> Delivery.MAILED;
            case DAILY -> Delivery.DAILY;
            case WEEKLY -> Delivery.WEEKLY;
            case OFF -> Delivery.PORTAL;
        };
        String cleanPath = path == null ? "" : path.length() > 500 ? "" : path;
        NotificationRecord record = new NotificationRecord(recipientId, kind, NotificationMails.oneLine(notice.subject()),
                cut(notice.text()), cleanPath, Instant.now(), delivery);
        em.persist(record);
        if (delivery == Delivery.MAILED) {
            String replyTo = threadId == null ? null
                    : replyAddresses().map(a -> a.address(recipientId, threadId)).orElse(null);
            NotificationMails.Mail mail = NotificationMails.single(language, recipient.displayName(),
                    new NotificationMails.Item(record.subject(), record.bodyText(), url(cleanPath)),
                    url(SETTINGS_PATH), unsubscribePageUrl(recipientId, kind), language.kind(kind), replyTo != null);
            outbox.enqueue(recipient.email(), mail.subject(), mail.text(), mail.html(), unsubscribeUrl(recipientId, kind),
                    replyTo);
        }
        return Optional.of(record);
    }

    /** Reply-by-email addresses, when reply by email is configured. */
    public Optional<ReplyAddresses> replyAddresses() {
        return replySettings.address().map(address -> new ReplyAddresses(secrets.secret("reply-by-email"), address));
    }

    /** How the member wants to hear about this kind (as {@link NotificationKinds#defaultMode} unless they chose). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationMode mode(long accountId, String kind) {
        Map<String, NotificationMode> chosen = chosen(accountId);
        if (chosen.get(ALL) == NotificationMode.OFF) {
            return NotificationMode.OFF;
        }
        return chosen.getOrDefault(kind, NotificationKinds.defaultMode(kind));
    }

    /** The member's choice for every core kind, and for each other kind they chose something for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, NotificationMode> preferences(long accountId) {
        Map<String, NotificationMode> chosen = chosen(accountId);
        boolean allOff = chosen.get(ALL) == NotificationMode.OFF;
        Map<String, NotificationMode> result = new LinkedHashMap<>();
        for (String kind : NotificationKinds.coreNames()) {
            result.put(kind, allOff ? NotificationMode.OFF : chosen.getOrDefault(kind, NotificationKinds.defaultMode(kind)));
        }
        chosen.forEach((kind, mode) -> {
            if (!ALL.equals(kind)) {
                result.putIfAbsent(kind, allOff ? NotificationMode.OFF : mode);
            }
        });
        return result;
    }

    /** Sets the member's choices for the kinds named; a choice for any kind lifts an earlier "stop all". */
    @Transactional
    public void choose(long accountId, Map<String, NotificationMode> choices) {
        Map<String, String> problems = new LinkedHashMap<>();
        choices.forEach((kind, mode) -> {
            if (!NotificationKinds.validName(kind) || ALL.equals(kind)) {
                problems.put(kind == null ? "kind" : kind, "There is no kind of notification called \"" + kind + "\".");
            } else if (mode == null) {
                problems.put(kind, "Please choose IMMEDIATE, DAILY, WEEKLY or OFF.");
            }
        });
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        if (!choices.isEmpty() && chosen(accountId).get(ALL) == NotificationMode.OFF) {
            // "Stop all" is lifted: the kinds not chosen now stay off rather than start again.
            Map<String, NotificationMode> before = preferences(accountId);
            before.forEach((kind, mode) -> store(accountId, kind, NotificationMode.OFF));
            store(accountId, ALL, null);
        }
        choices.forEach((kind, mode) -> store(accountId, kind, mode));
    }

    /** Turns off the mails a signed unsubscribe token names; empty when the token is not one of ours. */
    @Transactional
    public Optional<UnsubscribeTokens.Subject> unsubscribe(String token) {
        Optional<UnsubscribeTokens.Subject> subject = tokens().read(token)
                .filter(s -> em.find(Account.class, s.accountId()) != null);
        subject.ifPresent(s -> store(s.accountId(), s.kind(), NotificationMode.OFF));
        return subject;
    }

    /** What an unsubscribe token names, without changing anything (for the page that asks to confirm). */
    public Optional<UnsubscribeTokens.Subject> readToken(String token) {
        return tokens().read(token);
    }

    /** One page of the member's notifications, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<NotificationView> list(long accountId, int page, int size) {
        int offset = PageOf.offset(page, size);
        List<NotificationView> items = em.createQuery("SELECT n FROM NotificationRecord n WHERE n.recipientId = :me "
                        + "ORDER BY n.id DESC", NotificationRecord.class)
                .setParameter("me", accountId).setFirstResult(offset).setMaxResults(size).getResultStream()
                .map(NotificationView::of).toList();
        long total = em.createQuery("SELECT COUNT(n) FROM NotificationRecord n WHERE n.recipientId = :me", Long.class)
                .setParameter("me", accountId).getSingleResult();
        return new PageOf<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(long accountId) {
        return em.createQuery("SELECT COUNT(n) FROM NotificationRecord n WHERE n.recipientId = :me AND n.readAt IS NULL",
                Long.class).setParameter("me", accountId).getSingleResult();
    }

    /** Marks the member's notifications read: those named, or all when {@code ids} is empty. Returns how many. */
    @Transactional
    public int markRead(long accountId, List<Long> ids) {
        String which = ids.isEmpty() ? "" : " AND n.id IN :ids";
        var update = em.createQuery("UPDATE NotificationRecord n SET n.readAt = :now WHERE n.recipientId = :me "
                + "AND n.readAt IS NULL" + which).setParameter("now", Instant.now()).setParameter("me", accountId);
        if (!ids.isEmpty()) {
            update.setParameter("ids", ids);
        }
        return update.executeUpdate();
    }

    /**
     * Sends the digests that are due: a member's daily digest once their oldest waiting daily item is a day old,
     * the weekly one once the oldest weekly item is a week old. Items of kinds since switched off are only listed.
     *
     * @return how many digests were written to the outbox
     */
    @Transactional
    public int sendDueDigests(Instant now) {
        return sendDue(Delivery.DAILY, "daily", now.minus(Duration.ofDays(1)))
                + sendDue(Delivery.WEEKLY, "weekly", now.minus(Duration.ofDays(7)));
    }

    private int sendDue(Delivery period, String name, Instant cutoff) {
        // Members whose oldest waiting item is old enough: those with any waiting item that old.
        List<Long> due = em.createQuery("SELECT DISTINCT n.recipientId FROM NotificationRecord n WHERE n.delivery = :period "
                        + "AND n.createdAt <= :cutoff", Long.class)
                .setParameter("period", period).setParameter("cutoff", cutoff).getResultList();
        int sent = 0;
        for (long recipientId : due) {
            Account recipient = em.find(Account.class, recipientId);
            // The member's waiting items, locked: a digest worker on another node skips them instead of mailing them too.
            List<Long> ids = ((List<?>) em.createNativeQuery("SELECT id FROM notification WHERE recipient_id = ?1 "
                            + "AND delivery = ?2 ORDER BY id FOR UPDATE SKIP LOCKED")
                    .setParameter(1, recipientId).setParameter(2, period.name()).getResultList()).stream()
                    .map(row -> ((Number) row).longValue()).toList();
            if (ids.isEmpty()) {
                continue;
            }
            List<NotificationRecord> waiting = em.createQuery("SELECT n FROM NotificationRecord n WHERE n.id IN :ids "
                            + "ORDER BY n.id", NotificationRecord.class).setParameter("ids", ids).getResultList();
            Map<String, NotificationMode> modes = new LinkedHashMap<>();
            List<NotificationMails.Item> items = new ArrayList<>();
            for (NotificationRecord record : waiting) {
                boolean off = modes.computeIfAbsent(record.kind(), k -> mode(recipientId, k)) == NotificationMode.OFF;
                record.delivered(off ? Delivery.PORTAL : Delivery.DIGESTED);
                if (!off) {
                    items.add(new NotificationMails.Item(record.subject(), record.bodyText(), url(record.path())));
                }
            }
            if (!items.isEmpty() && recipient != null && recipient.verified()) {
                NotificationMails.Mail mail = NotificationMails.digest(MailWords.of(recipient.language()),
                        recipient.displayName(), name, items, url(SETTINGS_PATH), unsubscribePageUrl(recipientId, ALL));
                outbox.enqueue(recipient.email(), mail.subject(), mail.text(), mail.html(), unsubscribeUrl(recipientId, ALL));
                sent++;
            }
        }
        return sent;
    }

    /** The one-click address for the List-Unsubscribe header (mail programs POST to it). */
    String unsubscribeUrl(long accountId, String kind) {
        return url("/api/v1/unsubscribe?token=" + tokens().sign(accountId, kind));
    }

    /** The page a person opens from the mail's own link, which asks them to confirm. */
    String unsubscribePageUrl(long accountId, String kind) {
        return url("/unsubscribe?token=" + tokens().sign(accountId, kind));
    }

    String url(String path) {
        return path.isEmpty() ? "" : settings.baseUrl() + path;
    }

    private UnsubscribeTokens tokens() {
        return new UnsubscribeTokens(secrets.secret("unsubscribe"));
    }

    private Map<String, NotificationMode> chosen(long accountId) {
        Map<String, NotificationMode> chosen = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT kind, mode FROM notification_preference WHERE account_id = ?1 "
                + "ORDER BY kind").setParameter(1, accountId).getResultList()) {
            Object[] columns = (Object[]) row;
            chosen.put((String) columns[0], NotificationMode.valueOf((String) columns[1]));
        }
        return chosen;
    }

    private void store(long accountId, String kind, NotificationMode mode) {
        em.createNativeQuery("DELETE FROM notification_preference WHERE account_id = ?1 AND kind = ?2")
                .setParameter(1, accountId).setParameter(2, kind).executeUpdate();
        if (mode != null) {
            em.createNativeQuery("INSERT INTO notification_preference (account_id, kind, mode) VALUES (?1, ?2, ?3)")
                    .setParameter(1, accountId).setParameter(2, kind).setParameter(3, mode.name()).executeUpdate();
        }
    }

    private static String cut(String text) {
        String value = text == null ? "" : text;
        return value.length() <= NotificationRecord.TEXT_MAX ? value : value.substring(0, NotificationRecord.TEXT_MAX - 1) + "…";
    }
}
