/** MicroProfile Health checks: liveness, and readiness that includes start-up and the database. */
package org.coproduce.portal.health;
