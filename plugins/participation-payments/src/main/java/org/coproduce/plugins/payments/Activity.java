package org.coproduce.plugins.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.coproduce.plugins.payments.money.FeeBasis;

/** An involvement activity people are paid for taking part in, led by one member who approves its claims. */
@Entity
@Table(name = "payments_activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payments_activity_seq")
    @SequenceGenerator(name = "payments_activity_seq", sequenceName = "payments_activity_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 80)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_basis", nullable = false, length = 20)
    private FeeBasis basis;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal rate;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "cost_code", nullable = false, length = 40)
    private String costCode;

    @Column(name = "lead_id", nullable = false)
    private long leadId;

    @Column(name = "related_path", nullable = false, length = 300)
    private String relatedPath;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Activity() {
    }

    Activity(String title, LocalDate date, String kind, FeeBasis basis, BigDecimal rate, String currency,
            String costCode, long leadId, String relatedPath) {
        this.title = title;
        this.date = date;
        this.kind = kind;
        this.basis = basis;
        this.rate = rate;
        this.currency = currency;
        this.costCode = costCode;
        this.leadId = leadId;
        this.relatedPath = relatedPath;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate date() {
        return date;
    }

    public String kind() {
        return kind;
    }

    public FeeBasis basis() {
        return basis;
    }

    public BigDecimal rate() {
        return rate;
    }

    public String currency() {
        return currency;
    }

    public String costCode() {
        return costCode;
    }

    public long leadId() {
        return leadId;
    }

    public String relatedPath() {
        return relatedPath;
    }

    void change(String newTitle, LocalDate newDate, String newKind, FeeBasis newBasis, BigDecimal newRate, String newCurrency,
            String newCostCode, long newLeadId, String newRelatedPath) {
        title = newTitle;
        date = newDate;
        kind = newKind;
        basis = newBasis;
        rate = newRate;
        currency = newCurrency;
        costCode = newCostCode;
        leadId = newLeadId;
        relatedPath = newRelatedPath;
    }
}
