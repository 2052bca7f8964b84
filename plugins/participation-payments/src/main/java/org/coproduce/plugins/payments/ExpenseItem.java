package org.coproduce.plugins.payments;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.coproduce.plugins.payments.money.ExpenseKind;
import org.coproduce.plugins.payments.money.ReceiptType;

/** One item of an expense claim, with its receipt (a file the server named, in the plugin's data folder). */
@Entity
@Table(name = "payments_expense_item")
public class ExpenseItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payments_item_seq")
    @SequenceGenerator(name = "payments_item_seq", sequenceName = "payments_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ExpenseKind kind;

    @Column(nullable = false, length = 300)
    private String description;

    @Column(precision = 8, scale = 1)
    private BigDecimal miles;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "receipt_file", length = 80)
    private String receiptFile;

    @Column(name = "receipt_type", length = 40)
    private String receiptType;

    @Column(name = "receipt_bytes")
    private Long receiptBytes;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected ExpenseItem() {
    }

    ExpenseItem(Claim claim, ExpenseKind kind, String description, BigDecimal miles, BigDecimal amount) {
        this.claim = claim;
        this.kind = kind;
        this.description = description;
        this.miles = miles;
        this.amount = amount;
        this.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public long id() {
        return id;
    }

    public Claim claim() {
        return claim;
    }

    public ExpenseKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public Optional<BigDecimal> miles() {
        return Optional.ofNullable(miles);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Optional<String> receiptFile() {
        return Optional.ofNullable(receiptFile);
    }

    public Optional<ReceiptType> receiptType() {
        return Optional.ofNullable(receiptType).flatMap(ReceiptType::ofMediaType);
    }

    public Optional<Long> receiptBytes() {
        return Optional.ofNullable(receiptBytes);
    }

    /** Whether it has the receipt it needs (mileage needs none). */
    public boolean complete() {
        return !kind.receiptRequired() || receiptFile != null;
    }

    void receipt(String file, ReceiptType type, long bytes) {
        receiptFile = file;
        receiptType = type.mediaType();
        receiptBytes = bytes;
    }
}
