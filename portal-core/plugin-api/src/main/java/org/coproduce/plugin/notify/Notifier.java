package org.coproduce.plugin.notify;

/**
 * Injectable: tells a member about something. The notification is written in the caller's transaction: it is
 * listed in the member's notifications in the portal and, as the member chose for its kind (at once by default,
 * a daily or weekly digest, or not at all), mailed afterwards by the core's mail worker with retries, so nothing
 * is sent unless the change commits.
 *
 * @since 1.1
 */
public interface Notifier {

    /**
     * Records the notification. Members who have not confirmed their address get no mail, only the listing.
     *
     * @return whether it was recorded (false when there is no such member)
     * @throws IllegalArgumentException when the kind is not lower-case words joined by dots or hyphens (at most
     *                                  40 characters)
     */
    boolean send(Notification notification);
}
