package org.coproduce.portal.story;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.coproduce.portal.account.Account;

/**
 * A story a member shared. The title and body are stored exactly as written (the body is Markdown). A story
 * is never deleted: withdrawing it hides it from everyone but its author.
 */
@Entity
@Table(name = "story_entry")
public class Story {

    @Id
    @SequenceGenerator(name = "story_entry_seq", sequenceName = "story_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pseudonym_id", updatable = false)
    private Pseudonym pseudonym;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(nullable = false, length = 100000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private StoryStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** When a moderator last removed identifying details from it (null when never). */
    @Column(name = "redacted_at")
    private Instant redactedAt;

    @Column(name = "redacted_by")
    private Long redactedBy;

    /** The language the author wrote in ("en", "cy"), or null when they did not say. */
    @Column(length = 10)
    private String language;

    /** For a story a member of staff shared on someone's behalf: the name or pseudonym shown; otherwise null. */
    @Column(name = "behalf_name", length = 80)
    private String behalfName;

    /** For a story shared on behalf of someone with an account: their account, so they can read and withdraw it. */
    @Column(name = "behalf_account_id")
    private Long behalfAccountId;

    @Version
    private int version;

    protected Story() {
    }

    Story(Account author, Pseudonym pseudonym, String title, String body, Instant createdAt) {
        this.author = author;
        this.pseudonym = pseudonym;
        this.title = title;
        this.body = body;
        this.status = StoryStatus.PENDING;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Account author() {
        return author;
    }

    /** The pseudonym it is shared under, or null when shared under the author's own name. */
    public Pseudonym pseudonym() {
        return pseudonym;
    }

    public boolean pseudonymous() {
        return pseudonym != null;
    }

    /**
     * The name shown with the story: for a story shared on someone's behalf the name or pseudonym they agreed to;
     * otherwise the pseudonym, or the author's display name.
     */
    public String authorName() {
        if (behalfName != null) {
            return behalfName;
        }
        return pseudonym != null ? pseudonym.name() : author.displayName();
    }

    /** Whether a member of staff shared it on someone else's behalf (the author is then the member of staff). */
    public boolean onBehalf() {
        return behalfName != null;
    }

    /** Who shared it for someone else (the member of staff's display name), or null for a story shared by its writer. */
    public String sharedBy() {
        return behalfName != null ? author.displayName() : null;
    }

    /** The account of the person it was shared for, when they have one; otherwise null. */
    public Long behalfAccountId() {
        return behalfAccountId;
    }

    /** Whether the account is the person this story was shared on behalf of. */
    public boolean sharedFor(long accountId) {
        return behalfAccountId != null && behalfAccountId == accountId;
    }

    void sharedOnBehalf(String shownName, Long personAccountId) {
        this.behalfName = shownName;
        this.behalfAccountId = personAccountId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public StoryStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant moderatedAt() {
        return moderatedAt;
    }

    public Long moderatedBy() {
        return moderatedBy;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Whether everyone may read it: approved and not withdrawn. */
    public boolean isPublic() {
        return status == StoryStatus.APPROVED && withdrawnAt == null;
    }

    public boolean writtenBy(long accountId) {
        return author.id() == accountId;
    }

    void approve(long moderatorId, Instant at) {
        status = StoryStatus.APPROVED;
        moderatedBy = moderatorId;
        moderatedAt = at;
        rejectionReason = null;
    }

    void reject(long moderatorId, Instant at, String reason) {
        status = StoryStatus.REJECTED;
        moderatedBy = moderatorId;
        moderatedAt = at;
        rejectionReason = reason;
    }

    /** A moderator's de-identified words replace the story's; the earlier words are not kept. */
    void redact(String newTitle, String newBody, long moderatorId, Instant at) {
        this.title = newTitle;
        this.body = newBody;
        this.redactedBy = moderatorId;
        this.redactedAt = at;
    }

    public Instant redactedAt() {
        return redactedAt;
    }

    public Long redactedBy() {
        return redactedBy;
    }

    void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    public String language() {
        return language;
    }

    void markLanguage(String code) {
        this.language = code;
    }
}
