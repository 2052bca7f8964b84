/** The audit log, written by the core and by plugins through {@link org.coproduce.plugin.audit.AuditTrail}. */
package org.coproduce.portal.audit;
