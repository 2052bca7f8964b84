/**
 * The participation-payments plugin: paying the people who take part (service users and carers) a fee and their
 * expenses, fairly and on time.
 *
 * <p>Roles. Finance staff and auditors are members an administrator puts on the plugin's staff list
 * ({@code PUT /api/v1/payments/staff}); an administrator is not finance unless listed. Each activity names its
 * lead, who offers agreements and approves its claims (never their own). A person sees only their own records,
 * a lead their activities', finance and auditors everything (auditors change nothing, and only finance sees
 * benefits); anything else answers 404. Every view and change goes to the audit log.
 *
 * <p>Money is {@link java.math.BigDecimal}, rounded half up to pence (see {@code money}).
 */
package org.coproduce.plugins.payments;
