package org.coproduce.portal.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes the digests that are due into the mail outbox, every {@code coproduce.digest.check-minutes}. */
@ApplicationScoped
public class DigestWorker {

    private static final Logger LOG = Logger.getLogger(DigestWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "coproduce.digest.check-minutes", defaultValue = "15")
    long minutes;

    private ScheduledFuture<?> task;

    /** Starts checking; called once by the boot sequence. */
    public synchronized void start() {
        if (task == null && minutes > 0) {
            task = scheduler.scheduleWithFixedDelay(this::sendDue, minutes, minutes, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void sendDue() {
        try {
            int sent = notifications.sendDueDigests(Instant.now());
            if (sent > 0) {
                LOG.info(() -> sent + " notification digest(s) written to the outbox.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing digests failed; they are tried again at the next check", e);
        }
    }
}
