package org.coproduce.portal.notification;

/** What happens to a notification by mail. */
enum Delivery {
    /** Mailed on its own, as it happened. */
    MAILED,
    /** Waiting for the member's next daily digest. */
    DAILY,
    /** Waiting for the member's next weekly digest. */
    WEEKLY,
    /** Sent in a digest. */
    DIGESTED,
    /** In the portal only (mail is off for its kind, or the member has not confirmed their address). */
    PORTAL
}
