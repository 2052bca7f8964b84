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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One published version of a guidance document. Versions never change once published. */
@Entity
@Table(name = "guidance_version")
public class GuidanceVersion {

    @Id
    @SequenceGenerator(name = "guidance_version_seq", sequenceName = "guidance_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidance_version_seq")
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private boolean latest;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private long publishedBy;

    @ElementCollection
    @CollectionTable(name = "guidance_section", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<SectionEntry> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guidance_key_message", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 500)
    private List<String> keyMessages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guidance_reference", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ReferenceEntry> references = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guidance_tag", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = 40)
    private List<String> tags = new ArrayList<>();

    protected GuidanceVersion() {
    }

    GuidanceVersion(long documentId, int number, GuidanceContent content, long publishedBy, Instant publishedAt) {
        this.documentId = documentId;
        this.number = number;
        this.latest = true;
        this.title = content.title();
        this.summary = content.summary() == null ? "" : content.summary();
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        content.sections().forEach(s -> sections.add(new SectionEntry(s)));
        keyMessages.addAll(content.keyMessages());
        content.references().forEach(r -> references.add(new ReferenceEntry(r)));
        tags.addAll(content.tags());
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public int number() {
        return number;
    }

    public boolean latest() {
        return latest;
    }

    void supersede() {
        latest = false;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long publishedBy() {
        return publishedBy;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    /** Everything this version says. */
    public GuidanceContent content() {
        return new GuidanceContent(title, summary, sections.stream().map(SectionEntry::toSection).toList(),
                List.copyOf(keyMessages), references.stream().map(ReferenceEntry::toReference).toList(), List.copyOf(tags));
    }
}
