package org.coproduce.plugins.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import org.coproduce.plugins.payments.money.BenefitLimits;

/** A kind of benefit and the limits on earnings that matter for it, set by finance. */
@Entity
@Table(name = "payments_benefit_kind")
public class BenefitKind {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "weekly_limit", precision = 12, scale = 2)
    private BigDecimal weeklyLimit;

    @Column(name = "period_limit", precision = 12, scale = 2)
    private BigDecimal periodLimit;

    @Column(name = "yearly_limit", precision = 12, scale = 2)
    private BigDecimal yearlyLimit;

    protected BenefitKind() {
    }

    BenefitKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public BenefitLimits limits() {
        return new BenefitLimits(Optional.ofNullable(weeklyLimit), Optional.ofNullable(periodLimit), Optional.ofNullable(yearlyLimit));
    }

    void change(String newName, BigDecimal weekly, BigDecimal period, BigDecimal yearly) {
        name = newName;
        weeklyLimit = weekly;
        periodLimit = period;
        yearlyLimit = yearly;
    }
}
