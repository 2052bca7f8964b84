package org.coproduce.plugins.payments.money;

/** A claim is either for the fee for taking part or for expenses. */
public enum ClaimKind {
    FEE, EXPENSES
}
