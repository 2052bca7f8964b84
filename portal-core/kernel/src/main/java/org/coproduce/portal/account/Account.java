package org.coproduce.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.web.cache.ContentChangeListener;

/** A person's account. The email address is stored lower-cased and is unique. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

    static final String BY_EMAIL = "Account.byEmail";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "network_role", nullable = false, length = 20)
    private NetworkRole networkRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "portal_role", nullable = false, length = 20)
    private PortalRole portalRole;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    /** The theme the member chose, or null to follow the site's default. */
    @Column(length = 40)
    private String theme;

    /** The interface language the member chose ("en", "cy"), or null to follow the browser. */
    @Column(length = 10)
    private String language;

    /** The version of the terms of service the member accepted last, or null for none yet. */
    @Column(name = "terms_version")
    private Integer termsVersion;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, NetworkRole networkRole,
                   PortalRole portalRole, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.networkRole = networkRole;
        this.portalRole = portalRole;
        this.createdAt = createdAt;
    }

    /** The version of the terms the member accepted last, or null when they have accepted none. */
    public Integer termsVersion() {
        return termsVersion;
    }

    public Instant termsAcceptedAt() {
        return termsAcceptedAt;
    }

    /** Records that the member accepted a version of the terms of service at a time. */
    public void acceptTerms(int termsVersion, Instant at) {
        this.termsVersion = termsVersion;
        this.termsAcceptedAt = at;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public NetworkRole networkRole() {
        return networkRole;
    }

    public PortalRole portalRole() {
        return portalRole;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    void markVerified(Instant at) {
        if (verifiedAt == null) {
            verifiedAt = at;
        }
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void changeProfile(String newDisplayName, NetworkRole newNetworkRole) {
        this.displayName = newDisplayName;
        this.networkRole = newNetworkRole;
    }

    public void changePortalRole(PortalRole role) {
        this.portalRole = role;
    }

    public String theme() {
        return theme;
    }

    public String language() {
        return language;
    }

    void changePreferences(String newTheme, String newLanguage) {
        this.theme = newTheme;
        this.language = newLanguage;
    }
}
