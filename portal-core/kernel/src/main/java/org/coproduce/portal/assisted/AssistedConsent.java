package org.coproduce.portal.assisted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The record of a person's consent to a post a member of staff made on their behalf: who the person is, what the
 * post shows, how and when they agreed and to what, who entered it, and a withdrawal if any. Never deleted.
 */
@Entity
@Table(name = "assisted_consent")
public class AssistedConsent {

    /** What kind of post the record is about. */
    public enum PostKind { STORY, REPLY }

    @Id
    @SequenceGenerator(name = "assisted_consent_seq", sequenceName = "assisted_consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assisted_consent_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_kind", nullable = false, length = 10, updatable = false)
    private PostKind postKind;

    @Column(name = "post_id", nullable = false, updatable = false)
    private long postId;

    @Column(name = "person_name", nullable = false, length = 80, updatable = false)
    private String personName;

    @Column(name = "person_account_id", updatable = false)
    private Long personAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "shown_as", nullable = false, length = 10, updatable = false)
    private ShownAs shownAs;

    @Column(name = "shown_name", nullable = false, length = 80, updatable = false)
    private String shownName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ConsentMethod method;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "agreed_to", nullable = false, length = 1000, updatable = false)
    private String agreedTo;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private long enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawal_note", length = 1000)
    private String withdrawalNote;

    protected AssistedConsent() {
    }

    AssistedConsent(PostKind postKind, long postId, AssistedPosting.Person person, ConsentMethod method,
            LocalDate givenOn, String agreedTo, long enteredBy, Instant enteredAt) {
        this.postKind = postKind;
        this.postId = postId;
        this.personName = person.name();
        this.personAccountId = person.accountId();
        this.shownAs = person.shownAs();
        this.shownName = person.shownName();
        this.method = method;
        this.givenOn = givenOn;
        this.agreedTo = agreedTo;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long id() {
        return id;
    }

    public PostKind postKind() {
        return postKind;
    }

    public long postId() {
        return postId;
    }

    public String personName() {
        return personName;
    }

    public Long personAccountId() {
        return personAccountId;
    }

    public ShownAs shownAs() {
        return shownAs;
    }

    public String shownName() {
        return shownName;
    }

    public ConsentMethod method() {
        return method;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String agreedTo() {
        return agreedTo;
    }

    public long enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Long withdrawnBy() {
        return withdrawnBy;
    }

    public String withdrawalNote() {
        return withdrawalNote;
    }

    void withdraw(long by, Instant at, String note) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
            withdrawnBy = by;
            withdrawalNote = note;
        }
    }
}
