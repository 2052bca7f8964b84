package org.coproduce.plugins.payments.money;

import java.util.Set;

/** Where a claim is: draft, submitted, approved by the activity's lead, authorised by finance, then paid, or rejected. */
public enum ClaimStatus {
    DRAFT, SUBMITTED, APPROVED, AUTHORISED, PAID, REJECTED;

    /** Whether a claim may move from this status to {@code next}. */
    public boolean canMoveTo(ClaimStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> Set.of(APPROVED, REJECTED).contains(next);
            case APPROVED -> Set.of(AUTHORISED, REJECTED).contains(next);
            case AUTHORISED -> Set.of(PAID, REJECTED).contains(next);
            case PAID, REJECTED -> false;
        };
    }

    /** Whether the claim is waiting for someone to act on it (and so may become overdue). */
    public boolean awaitingPayment() {
        return this == SUBMITTED || this == APPROVED || this == AUTHORISED;
    }

    /** Whether the person may still change it. */
    public boolean editable() {
        return this == DRAFT;
    }
}
