package org.coproduce.portal.guidance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A draft of guidance that a moderator edits before publishing it as a new document or a new version. */
@Entity
@Table(name = "guidance_draft")
public class GuidanceDraft {

    @Id
    @SequenceGenerator(name = "guidance_draft_seq", sequenceName = "guidance_draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidance_draft_seq")
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "source_name", length = 255)
    private String sourceName;

    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "published_version_id")
    private Long publishedVersionId;

    @ElementCollection
    @CollectionTable(name = "guidance_draft_section", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    private List<SectionEntry> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guidance_draft_key_message", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 500)
    private List<String> keyMessages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guidance_draft_reference", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    private List<ReferenceEntry> references = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guidance_draft_tag", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = 40)
    private List<String> tags = new ArrayList<>();

    @Version
    private int version;

    protected GuidanceDraft() {
    }

    GuidanceDraft(long createdBy, Instant createdAt, String sourceName, Long documentId, GuidanceContent content) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.sourceName = sourceName;
        this.documentId = documentId;
        replace(content, createdAt);
    }

    void replace(GuidanceContent content, Instant at) {
        this.title = content.title() == null ? "" : content.title();
        this.summary = content.summary() == null ? "" : content.summary();
        sections.clear();
        content.sections().forEach(s -> sections.add(new SectionEntry(s)));
        keyMessages.clear();
        keyMessages.addAll(content.keyMessages());
        references.clear();
        content.references().forEach(r -> references.add(new ReferenceEntry(r)));
        tags.clear();
        tags.addAll(content.tags());
        this.updatedAt = at;
    }

    void target(Long newDocumentId) {
        this.documentId = newDocumentId;
    }

    void markPublished(long versionId) {
        this.publishedVersionId = versionId;
    }

    public Long id() {
        return id;
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String sourceName() {
        return sourceName;
    }

    public Long documentId() {
        return documentId;
    }

    public Long publishedVersionId() {
        return publishedVersionId;
    }

    public GuidanceContent content() {
        return new GuidanceContent(title, summary, sections.stream().map(SectionEntry::toSection).toList(),
                List.copyOf(keyMessages), references.stream().map(ReferenceEntry::toReference).toList(), List.copyOf(tags));
    }
}
