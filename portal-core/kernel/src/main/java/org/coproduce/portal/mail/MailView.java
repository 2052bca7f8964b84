package org.coproduce.portal.mail;

import java.time.Instant;

/**
 * A mail as administrators see it in the outbox; {@code bodyHtml} (an HTML alternative) and
 * {@code unsubscribeUrl} (the List-Unsubscribe address) and {@code replyTo} (a
 * Reply-To address) are null for plain account mails.
 */
public record MailView(long id, String recipient, String subject, String body, MailState state, int attempts,
                       Instant createdAt, Instant sentAt, String lastError, String bodyHtml, String unsubscribeUrl,
                       String replyTo) {

    static MailView of(OutgoingMail mail) {
        return new MailView(mail.id(), mail.recipient(), mail.subject(), mail.bodyText(), mail.state(),
                mail.attempts(), mail.createdAt(), mail.sentAt(), mail.lastError(), mail.bodyHtml(),
                mail.unsubscribeUrl(), mail.replyTo());
    }
}
