package org.coproduce.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.coproduce.portal.mail.MailOutbox;

/** The account mails (verification, password reset), written in plain language and put in the outbox. */
@ApplicationScoped
public class AccountMails {

    @Inject
    MailOutbox outbox;

    @Inject
    AccountSettings settings;

    void sendVerification(Account account, String token) {
        String link = settings.baseUrl() + "/verify?token=" + encode(token);
        outbox.enqueue(account.email(), "Please confirm your email address for Coproduce",
                "Hello " + account.displayName() + ",\n\n"
                        + "Thank you for joining Coproduce. Please confirm that this is your email address by "
                        + "opening this link:\n\n" + link + "\n\n"
                        + "The link works once and for 7 days.\n\n"
                        + "If you did not ask to join, you can ignore this email and nothing will happen.\n");
    }

    void sendPasswordReset(Account account, String token) {
        String link = settings.baseUrl() + "/reset-password?token=" + encode(token);
        outbox.enqueue(account.email(), "Choose a new password for Coproduce",
                "Hello " + account.displayName() + ",\n\n"
                        + "Someone asked to reset the password of your Coproduce account. To choose a new password, "
                        + "open this link:\n\n" + link + "\n\n"
                        + "The link works once and for 1 hour.\n\n"
                        + "If you did not ask for this, you can ignore this email: your password stays the same.\n");
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
