/**
 * Notifications plugins send to members (plan review reminders, payment status changes).
 *
 * @since 1.1
 */
package org.coproduce.plugin.notify;
