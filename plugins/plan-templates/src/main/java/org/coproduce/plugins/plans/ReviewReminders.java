package org.coproduce.plugins.plans;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks for plans whose review is near, on the core's managed scheduler, while the plugin runs. */
@ApplicationScoped
public class ReviewReminders {

    private static final Logger LOG = Logger.getLogger(ReviewReminders.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DueReviews due;

    @Inject
    @ConfigProperty(name = "coproduce.plans.reminder-check-minutes", defaultValue = "60")
    long everyMinutes;

    private ScheduledFuture<?> task;

    synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::check, 1, Math.max(1, everyMinutes), TimeUnit.MINUTES);
        }
    }

    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void check() {
        try {
            int sent = due.remind(LocalDate.now());
            if (sent > 0) {
                LOG.info(() -> "Plan review reminders: " + sent + " plan(s) reminded.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plan review reminders could not be sent; trying again at the next check", e);
        }
    }
}
