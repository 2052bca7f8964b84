/**
 * Accounts: registration with email verification, password rules and hashing, sign-in checks with
 * throttling, password reset by single-use expiring links, and profiles.
 */
package org.coproduce.portal.account;
