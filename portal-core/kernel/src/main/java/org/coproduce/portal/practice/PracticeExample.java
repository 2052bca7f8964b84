package org.coproduce.portal.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coproduce.portal.account.Account;

/** One example in the register of practice. Text is stored as written; the body is Markdown. */
@Entity
@Table(name = "practice_example")
public class PracticeExample {

    @Id
    @SequenceGenerator(name = "practice_example_seq", sequenceName = "practice_example_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_example_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(nullable = false, length = 100000)
    private String body;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = 150)
    private String organisation;

    @Column(nullable = false, length = 300)
    private String contact;

    @Column(name = "reference_number", nullable = false, length = 20)
    private String referenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "partnership_level", nullable = false, length = 20)
    private PartnershipLevel partnershipLevel;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "practice_tag", joinColumns = @JoinColumn(name = "example_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = 40)
    private List<String> tags = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "practice_outcome", joinColumns = @JoinColumn(name = "example_id"))
    @OrderColumn(name = "position")
    @Column(name = "outcome", nullable = false, length = 300)
    private List<String> outcomes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "practice_evidence_link", joinColumns = @JoinColumn(name = "example_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false, length = 500)
    private List<String> evidenceLinks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "practice_guidance_link", joinColumns = @JoinColumn(name = "example_id"))
    @Column(name = "document_id", nullable = false)
    private Set<Long> guidanceIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "practice_thread_link", joinColumns = @JoinColumn(name = "example_id"))
    @Column(name = "thread_id", nullable = false)
    private Set<Long> threadIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected PracticeExample() {
    }

    PracticeExample(Account author, NewPracticeExample.Checked values, Instant createdAt) {
        this.author = author;
        this.title = values.title();
        this.summary = values.summary();
        this.body = values.body();
        this.country = values.country();
        this.organisation = values.organisation();
        this.contact = values.contact();
        this.referenceNumber = values.referenceNumber();
        this.partnershipLevel = values.partnershipLevel();
        this.tags = new ArrayList<>(values.tags());
        this.outcomes = new ArrayList<>(values.outcomes());
        this.evidenceLinks = new ArrayList<>(values.evidenceLinks());
        this.guidanceIds = new LinkedHashSet<>(values.relatedGuidanceIds());
        this.threadIds = new LinkedHashSet<>(values.relatedThreadIds());
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Account author() {
        return author;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public String country() {
        return country;
    }

    public String organisation() {
        return organisation;
    }

    public String contact() {
        return contact;
    }

    public String referenceNumber() {
        return referenceNumber;
    }

    public PartnershipLevel partnershipLevel() {
        return partnershipLevel;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public List<String> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<String> evidenceLinks() {
        return List.copyOf(evidenceLinks);
    }

    /** Ids of the related guidance documents (which may since have gone unpublished: readers filter). */
    public Set<Long> guidanceIds() {
        return Set.copyOf(guidanceIds);
    }

    /** Ids of the related discussion threads (readers show only those the viewer may read). */
    public Set<Long> threadIds() {
        return Set.copyOf(threadIds);
    }

    /** Links a guidance document unless it is linked already; the caller checks that it exists. */
    void linkGuidance(long documentId) {
        guidanceIds.add(documentId);
    }

    /** Links a discussion thread unless it is linked already; the caller checks that it exists. */
    void linkThread(long threadId) {
        threadIds.add(threadId);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
