/** The database: versioned Flyway migrations (core first, then each plugin with its own history) and JPA helpers. */
package org.coproduce.portal.persistence;
