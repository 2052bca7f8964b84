/**
 * The Coproduce kernel: the platform's own features, packaged by feature. Each package says what it owns;
 * pages and the JSON API call the same services, so a rule is written once.
 */
package org.coproduce.portal;
