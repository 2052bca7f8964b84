package org.coproduce.portal.notification;

/** How a member wants to hear about one kind of notification. Every notification is also listed in the portal. */
public enum NotificationMode {
    /** A mail for each, as it happens. */
    IMMEDIATE,
    /** One mail a day with what happened. */
    DAILY,
    /** One mail a week with what happened. */
    WEEKLY,
    /** No mail; the portal's list only. */
    OFF
}
