/**
 * The money of participation payments, with no persistence and no container: fees from a rate and a duration,
 * mileage, the person's choice, totals per week, month and tax year, benefit limits, the claim status flow,
 * receipt signatures and safe CSV cells. Every amount is a {@link java.math.BigDecimal} rounded half up to pence.
 */
package org.coproduce.plugins.payments.money;
