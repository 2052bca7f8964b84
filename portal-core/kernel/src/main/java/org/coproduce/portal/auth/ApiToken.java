package org.coproduce.portal.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token for the JSON API; only its hash is stored. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.DELETE_FOR_ACCOUNT, query = "DELETE FROM ApiToken t WHERE t.accountId = :account")
@NamedQuery(name = ApiToken.DELETE_EXPIRED, query = "DELETE FROM ApiToken t WHERE t.expiresAt < :now")
public class ApiToken {

    static final String BY_HASH = "ApiToken.byHash";
    static final String DELETE_FOR_ACCOUNT = "ApiToken.deleteForAccount";
    static final String DELETE_EXPIRED = "ApiToken.deleteExpired";

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {
    }

    ApiToken(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long accountId() {
        return accountId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
