/**
 * Notifications: what members hear about (replies in what they follow, responses to their stories, plugins'
 * notices), listed in the portal and mailed at once, in digests or not at all, with one-click unsubscribe.
 */
package org.coproduce.portal.notification;
