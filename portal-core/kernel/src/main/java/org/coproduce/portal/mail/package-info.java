/**
 * Outgoing mail through a transactional outbox: mails are rows written in the same transaction as the change
 * that causes them, and a background worker delivers them over SMTP with timeouts, retries with backoff and a
 * dead-letter state. With no SMTP server configured they stay in the outbox, where administrators read them.
 */
package org.coproduce.portal.mail;
