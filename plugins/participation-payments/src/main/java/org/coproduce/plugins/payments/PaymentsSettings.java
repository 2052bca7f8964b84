package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plugin's settings, from MicroProfile Config (server.env, system properties or microprofile-config):
 * {@code payments.overdue-days} (30), {@code payments.claim-deadline-days} (90),
 * {@code payments.mileage-rate} (0.45 per mile) and {@code payments.receipt-max-bytes} (5 MiB).
 */
@ApplicationScoped
public class PaymentsSettings {

    @Inject
    @ConfigProperty(name = "payments.overdue-days", defaultValue = "30")
    int overdueDays;

    @Inject
    @ConfigProperty(name = "payments.claim-deadline-days", defaultValue = "90")
    int claimDeadlineDays;

    @Inject
    @ConfigProperty(name = "payments.mileage-rate", defaultValue = "0.45")
    String mileageRate;

    @Inject
    @ConfigProperty(name = "payments.receipt-max-bytes", defaultValue = "5242880")
    long receiptMaxBytes;

    /** Days from submission within which a claim should be paid; later it is flagged overdue. */
    public int overdueDays() {
        return overdueDays;
    }

    /** Days after the activity within which a claim must be submitted. */
    public int claimDeadlineDays() {
        return claimDeadlineDays;
    }

    /** The rate per mile for mileage, in the activity's currency. */
    public BigDecimal mileageRate() {
        return new BigDecimal(mileageRate);
    }

    /** The largest receipt file accepted. */
    public long receiptMaxBytes() {
        return receiptMaxBytes;
    }
}
