package org.coproduce.plugins.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.plugins.payments.money.ExpenseKind;

/**
 * An involvement agreement between the organisation and one person for one activity: their role, their rate,
 * which expenses are covered, and the right to withdraw. The person accepts it in the portal before the work.
 */
@Entity
@Table(name = "payments_agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payments_agreement_seq")
    @SequenceGenerator(name = "payments_agreement_seq", sequenceName = "payments_agreement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private Activity activity;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "role_text", nullable = false, length = 200)
    private String role;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal rate;

    @Column(name = "expenses_covered", nullable = false, length = 300)
    private String expensesCovered;

    @Column(name = "offered_at", nullable = false)
    private OffsetDateTime offeredAt;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    protected Agreement() {
    }

    Agreement(Activity activity, long personId, String role, BigDecimal rate, Set<ExpenseKind> covered) {
        this.activity = activity;
        this.personId = personId;
        this.role = role;
        this.rate = rate;
        this.expensesCovered = covered.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.offeredAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public long id() {
        return id;
    }

    public Activity activity() {
        return activity;
    }

    public long personId() {
        return personId;
    }

    public String role() {
        return role;
    }

    public BigDecimal rate() {
        return rate;
    }

    public Set<ExpenseKind> expensesCovered() {
        if (expensesCovered.isEmpty()) {
            return EnumSet.noneOf(ExpenseKind.class);
        }
        return Arrays.stream(expensesCovered.split(",")).map(ExpenseKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExpenseKind.class)));
    }

    public Instant offeredAt() {
        return offeredAt.toInstant();
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt).map(OffsetDateTime::toInstant);
    }

    /** Accepted and not withdrawn: the person may claim under it. */
    public boolean inForce() {
        return acceptedAt != null && withdrawnAt == null;
    }

    void accept() {
        acceptedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    void withdraw() {
        withdrawnAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
