/**
 * Terms of service: the published versions (never changed once published), what each member accepted and when,
 * publishing a new version (administrators, audited) and the gate that keeps members who have not accepted the
 * current version from posting until they do.
 */
package org.coproduce.portal.terms;
