package org.coproduce.plugins.payments;

/** The plugin's own roles, given to members by administrators. */
public enum StaffRole {
    /** Sees every record, authorises and pays claims, runs activities and exports payments. */
    FINANCE,
    /** Reads every record (but not benefits) and changes nothing. */
    AUDITOR
}
