package org.coproduce.plugin.notify;

/**
 * Injectable: tells a member about something. The notification is written in the caller's transaction and
 * delivered afterwards by the core's mail worker (with retries), so it is sent exactly when the change commits.
 *
 * @since 1.1
 */
public interface Notifier {

    /**
     * Queues the notification. A recipient who no longer exists, or has not verified their address, is skipped.
     *
     * @return whether it was queued
     */
    boolean send(Notification notification);
}
