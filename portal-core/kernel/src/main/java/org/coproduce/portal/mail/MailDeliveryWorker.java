package org.coproduce.portal.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox in the background: every poll interval it claims the mails that are due, one at a
 * time, sends each over SMTP and records the result. Failures are retried with backoff until the policy gives up, which
 * leaves the mail DEAD with its last error. Does nothing while no SMTP server is configured.
 */
@ApplicationScoped
public class MailDeliveryWorker {

    private static final Logger LOG = Logger.getLogger(MailDeliveryWorker.class.getName());
    private static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    private ScheduledFuture<?> task;

    /** Starts polling; called once by the boot sequence when the database is ready. */
    public synchronized void start() {
        Optional<SmtpServer> smtp = settings.smtp();
        if (smtp.isEmpty()) {
            LOG.info("No SMTP server configured (coproduce.smtp.host): mails stay in the outbox for administrators.");
            return;
        }
        if (task == null) {
            SmtpMailSender sender = new SmtpMailSender(smtp.get());
            long every = settings.pollInterval().toMillis();
            task = scheduler.scheduleWithFixedDelay(() -> deliverDue(sender), every, every, TimeUnit.MILLISECONDS);
            LOG.info(() -> "Delivering mail through " + smtp.get() + " every " + every + " ms.");
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    void deliverDue(SmtpMailSender sender) {
        try {
            RetryPolicy policy = settings.retryPolicy();
            for (int i = 0; i < BATCH; i++) {
                // One claim per mail, just before sending it: a claim (two minutes) always outlasts one
                // delivery attempt (at most three SMTP timeouts), so no other node takes it over mid-send.
                List<MailView> next = outbox.claimDue(1);
                if (next.isEmpty()) {
                    return;
                }
                deliver(sender, next.get(0), policy);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery round failed; it is tried again at the next poll", e);
        }
    }

    private void deliver(SmtpMailSender sender, MailView mail, RetryPolicy policy) {
        try {
            sender.send(mail.recipient(), mail.subject(), mail.body(), mail.bodyHtml(), mail.unsubscribeUrl(),
                    mail.replyTo());
            outbox.markSent(mail.id());
        } catch (Exception e) {
            LOG.log(Level.INFO, "Mail {0} not delivered (attempt {1}): {2}",
                    new Object[] {mail.id(), mail.attempts() + 1, e.getMessage()});
            outbox.markFailed(mail.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), policy);
        }
    }
}
