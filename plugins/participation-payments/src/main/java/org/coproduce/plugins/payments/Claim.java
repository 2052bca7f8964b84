package org.coproduce.plugins.payments;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduce.plugins.payments.money.ClaimKind;
import org.coproduce.plugins.payments.money.ClaimStatus;
import org.coproduce.plugins.payments.money.FeeChoice;
import org.coproduce.plugins.payments.money.Money;
import org.coproduce.plugins.payments.money.PaymentMethod;

/**
 * A claim by one person under their agreement for an activity: either the fee for taking part (a participation
 * record: how long they took part, the fee and their choice) or their expenses (items with receipts). It moves
 * through {@link ClaimStatus}.
 */
@Entity
@Table(name = "payments_claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payments_claim_seq")
    @SequenceGenerator(name = "payments_claim_seq", sequenceName = "payments_claim_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private Activity activity;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status;

    @Column(precision = 8, scale = 2)
    private BigDecimal quantity;

    @Column(precision = 12, scale = 2)
    private BigDecimal fee;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FeeChoice choice;

    @Column(name = "to_person", nullable = false, precision = 12, scale = 2)
    private BigDecimal toPerson;

    @Column(name = "to_charity", nullable = false, precision = 12, scale = 2)
    private BigDecimal toCharity;

    @Column(length = 200)
    private String charity;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "authorised_at")
    private OffsetDateTime authorisedAt;

    @Column(name = "authorised_by")
    private Long authorisedBy;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "paid_method", length = 20)
    private PaymentMethod paidMethod;

    @Column(name = "paid_reference", length = 80)
    private String paidReference;

    @Column(name = "rejected_at")
    private OffsetDateTime rejectedAt;

    @Column(name = "rejected_by")
    private Long rejectedBy;

    @Column(name = "rejected_reason", length = 1000)
    private String rejectedReason;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ExpenseItem> items = new ArrayList<>();

    @Version
    private int version;

    protected Claim() {
    }

    /** A draft fee claim: {@code quantity} units of the activity's basis at the agreement's rate. */
    static Claim fee(Agreement agreement, BigDecimal quantity, BigDecimal fee, FeeChoice choice, BigDecimal lessAmount, String charity) {
        Claim claim = new Claim(agreement, ClaimKind.FEE);
        claim.quantity = quantity;
        claim.fee = fee;
        claim.choice = choice;
        claim.toPerson = choice.toPerson(fee, lessAmount);
        claim.toCharity = choice.toCharity(fee);
        claim.charity = choice == FeeChoice.CHARITY ? charity.strip() : null;
        return claim;
    }

    /** A draft expense claim with no items yet. */
    static Claim expenses(Agreement agreement) {
        return new Claim(agreement, ClaimKind.EXPENSES);
    }

    private Claim(Agreement agreement, ClaimKind kind) {
        this.agreement = agreement;
        this.activity = agreement.activity();
        this.personId = agreement.personId();
        this.kind = kind;
        this.status = ClaimStatus.DRAFT;
        this.toPerson = Money.zero();
        this.toCharity = Money.zero();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public long id() {
        return id;
    }

    public Agreement agreement() {
        return agreement;
    }

    public Activity activity() {
        return activity;
    }

    public long personId() {
        return personId;
    }

    public ClaimKind kind() {
        return kind;
    }

    public ClaimStatus status() {
        return status;
    }

    public Optional<BigDecimal> quantity() {
        return Optional.ofNullable(quantity);
    }

    public Optional<BigDecimal> fee() {
        return Optional.ofNullable(fee);
    }

    public Optional<FeeChoice> choice() {
        return Optional.ofNullable(choice);
    }

    /** What is paid to the person: the fee they chose to take, or the sum of the expense items. */
    public BigDecimal toPerson() {
        return toPerson;
    }

    public BigDecimal toCharity() {
        return toCharity;
    }

    public Optional<String> charity() {
        return Optional.ofNullable(charity);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> authorisedAt() {
        return Optional.ofNullable(authorisedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    public Optional<PaymentMethod> paidMethod() {
        return Optional.ofNullable(paidMethod);
    }

    public Optional<String> paidReference() {
        return Optional.ofNullable(paidReference);
    }

    public Optional<String> rejectedReason() {
        return Optional.ofNullable(rejectedReason);
    }

    public List<ExpenseItem> items() {
        return items;
    }

    void add(ExpenseItem item) {
        items.add(item);
        toPerson = toPerson.add(item.amount());
    }

    void submit() {
        status = ClaimStatus.SUBMITTED;
        submittedAt = now();
    }

    void approve(long by) {
        status = ClaimStatus.APPROVED;
        approvedAt = now();
        approvedBy = by;
    }

    void authorise(long by) {
        status = ClaimStatus.AUTHORISED;
        authorisedAt = now();
        authorisedBy = by;
    }

    void pay(LocalDate on, PaymentMethod method, String reference) {
        status = ClaimStatus.PAID;
        paidOn = on;
        paidMethod = method;
        paidReference = reference;
    }

    void reject(long by, String reason) {
        status = ClaimStatus.REJECTED;
        rejectedAt = now();
        rejectedBy = by;
        rejectedReason = reason;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
