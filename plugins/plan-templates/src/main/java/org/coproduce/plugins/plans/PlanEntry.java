package org.coproduce.plugins.plans;

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
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What one team member wrote in a section, stored exactly as typed. Entries the participant wrote are their own
 * words; a need also says whether its support is in place, planned or missing, a support who gives it and when.
 */
@Entity
@Table(name = "plan_entry")
public class PlanEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_entry_seq")
    @SequenceGenerator(name = "plan_entry_seq", sequenceName = "plan_entry_seq", allocationSize = 50)
    private long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private PlanSection section;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "own_words", nullable = false)
    private boolean ownWords;

    @Column(nullable = false, length = 100000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_status", length = 20)
    private SupportStatus supportStatus;

    @Column(length = 200)
    private String who;

    @Column(length = 200)
    private String due;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected PlanEntry() {
    }

    PlanEntry(PlanSection section, long authorId, boolean ownWords, EntryInput input, OffsetDateTime at) {
        this.section = section;
        this.authorId = authorId;
        this.ownWords = ownWords;
        this.writtenAt = at;
        apply(input, at);
    }

    void apply(EntryInput input, OffsetDateTime at) {
        body = input.text();
        supportStatus = input.supportStatus();
        who = input.who();
        due = input.when();
        updatedAt = at;
    }

    public long id() {
        return id;
    }

    public PlanSection section() {
        return section;
    }

    public long authorId() {
        return authorId;
    }

    public boolean ownWords() {
        return ownWords;
    }

    public String body() {
        return body;
    }

    public Optional<SupportStatus> supportStatus() {
        return Optional.ofNullable(supportStatus);
    }

    public String who() {
        return who == null ? "" : who;
    }

    public String due() {
        return due == null ? "" : due;
    }

    public OffsetDateTime writtenAt() {
        return writtenAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** The entry in words, for the history. */
    String describe() {
        StringBuilder text = new StringBuilder(body);
        if (supportStatus != null) {
            text.append("\n(").append(supportStatus.label()).append(")");
        }
        if (who != null || due != null) {
            text.append("\nWho: ").append(who()).append(". When: ").append(due()).append(".");
        }
        return text.toString();
    }
}
