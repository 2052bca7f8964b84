/**
 * The audit log: who did what to which object, written in the same transaction as the change.
 *
 * @since 1.1
 */
package org.coproduce.plugin.audit;
