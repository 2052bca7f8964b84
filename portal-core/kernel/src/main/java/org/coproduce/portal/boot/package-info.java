/**
 * Start-up in named milestones: migrate the core schema, discover plugins, migrate their schemas, load demo
 * content (embedded database only), start plugins and background workers, then report ready.
 */
package org.coproduce.portal.boot;
