package org.coproduce.portal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One mail in the outbox. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    @Id
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 100_000)
    private String bodyText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "body_html", length = 200_000)
    private String bodyHtml;

    @Column(name = "unsubscribe_url", length = 1000)
    private String unsubscribeUrl;

    @Column(name = "reply_to", length = 254)
    private String replyTo;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String bodyText, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.state = MailState.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    OutgoingMail(String recipient, String subject, String bodyText, String bodyHtml, String unsubscribeUrl, Instant now) {
        this(recipient, subject, bodyText, now);
        this.bodyHtml = bodyHtml;
        this.unsubscribeUrl = unsubscribeUrl;
    }

    OutgoingMail(String recipient, String subject, String bodyText, String bodyHtml, String unsubscribeUrl,
            String replyTo, Instant now) {
        this(recipient, subject, bodyText, bodyHtml, unsubscribeUrl, now);
        this.replyTo = replyTo;
    }

    /** Where replies go (a Reply-To address, such as the portal's reply-by-email address), or null. */
    public String replyTo() {
        return replyTo;
    }

    /** The HTML alternative, or null for a plain-text mail. */
    public String bodyHtml() {
        return bodyHtml;
    }

    /** Where the recipient stops mails like this one (the List-Unsubscribe address), or null. */
    public String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public MailState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    void sent(Instant now) {
        state = MailState.SENT;
        attempts++;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
    }

    void failed(String error, Instant retryAt, boolean giveUp) {
        attempts++;
        state = giveUp ? MailState.DEAD : MailState.PENDING;
        nextAttemptAt = retryAt;
        claimedUntil = null;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
