/**
 * Demo content for trying the portal: the demo accounts, loaded only on the embedded (H2) database and never
 * on a database configured for production.
 */
package org.coproduce.portal.demo;
