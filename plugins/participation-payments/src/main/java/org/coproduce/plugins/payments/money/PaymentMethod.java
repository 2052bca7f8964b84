package org.coproduce.plugins.payments.money;

/** How a claim was paid. No bank details are ever stored. */
public enum PaymentMethod {
    BANK_TRANSFER, CASH, VOUCHER
}
