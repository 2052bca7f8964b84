package org.coproduce.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use, expiring token sent by email in a link; only its hash is stored. */
@Entity
@Table(name = "email_token")
@NamedQuery(name = EmailToken.BY_HASH, query = "SELECT t FROM EmailToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = EmailToken.USE_ALL_OPEN, query = "UPDATE EmailToken t SET t.usedAt = :now "
        + "WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
public class EmailToken {

    static final String BY_HASH = "EmailToken.byHash";
    static final String USE_ALL_OPEN = "EmailToken.useAllOpen";

    @Id
    @SequenceGenerator(name = "email_token_seq", sequenceName = "email_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_token_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailToken() {
    }

    EmailToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    Account account() {
        return account;
    }

    TokenPurpose purpose() {
        return purpose;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    boolean used() {
        return usedAt != null;
    }

    void use(Instant now) {
        usedAt = now;
    }
}
