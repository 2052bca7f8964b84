package org.coproduce.portal.mail;

/** Where a mail is in its delivery. */
public enum MailState {
    /** Waiting to be sent (or to be retried). */
    PENDING,
    /** Claimed by a worker that is sending it now. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up on after too many failed attempts; an administrator can see why. */
    DEAD
}
