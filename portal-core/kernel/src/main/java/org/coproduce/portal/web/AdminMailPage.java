package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.portal.mail.MailOutbox;
import org.coproduce.portal.mail.MailSettings;
import org.coproduce.portal.mail.MailView;

/** The mail outbox for administrators: with no SMTP server, the place to read verification links. */
@Named
@RequestScoped
public class AdminMailPage {

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    private List<MailView> mails;

    public List<MailView> getMails() {
        if (mails == null) {
            mails = outbox.recent(50);
        }
        return mails;
    }

    public boolean isSmtpConfigured() {
        return settings.smtp().isPresent();
    }
}
