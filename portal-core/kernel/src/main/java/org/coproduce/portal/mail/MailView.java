package org.coproduce.portal.mail;

import java.time.Instant;

/** A mail as administrators see it in the outbox. */
public record MailView(long id, String recipient, String subject, String body, MailState state, int attempts,
                       Instant createdAt, Instant sentAt, String lastError) {

    static MailView of(OutgoingMail mail) {
        return new MailView(mail.id(), mail.recipient(), mail.subject(), mail.bodyText(), mail.state(),
                mail.attempts(), mail.createdAt(), mail.sentAt(), mail.lastError());
    }
}
