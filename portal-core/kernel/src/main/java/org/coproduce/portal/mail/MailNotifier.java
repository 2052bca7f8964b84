package org.coproduce.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.coproduce.plugin.notify.Notification;
import org.coproduce.plugin.notify.Notifier;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountSettings;
import org.coproduce.portal.account.Accounts;

/** Notifications as mails through the outbox, written in the caller's transaction. */
@ApplicationScoped
public class MailNotifier implements Notifier {

    @Inject
    Accounts accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountSettings settings;

    @Override
    @Transactional
    public boolean send(Notification notification) {
        Optional<Account> recipient = accounts.find(notification.recipientId()).filter(Account::verified);
        if (recipient.isEmpty()) {
            return false;
        }
        outbox.enqueue(recipient.get().email(), subjectLine(notification.subject()), body(notification, recipient.get()));
        return true;
    }

    private String body(Notification notification, Account recipient) {
        StringBuilder text = new StringBuilder("Hello ").append(recipient.displayName()).append(",\n\n")
                .append(notification.text().strip()).append("\n");
        if (!notification.path().isEmpty()) {
            text.append("\nRead more: ").append(settings.baseUrl()).append(notification.path()).append("\n");
        }
        return text.append("\n-- \nCoproduce\n").toString();
    }

    static String subjectLine(String subject) {
        String oneLine = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 199) + "…";
    }
}
