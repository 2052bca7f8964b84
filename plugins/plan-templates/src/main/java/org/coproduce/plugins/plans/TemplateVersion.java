package org.coproduce.plugins.plans;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One numbered version of a template: a draft until it is published, and never changed after that. */
@Entity
@Table(name = "plan_template_version")
public class TemplateVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_template_version_seq")
    @SequenceGenerator(name = "plan_template_version_seq", sequenceName = "plan_template_version_seq", allocationSize = 50)
    private long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private PlanTemplate template;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TemplateSection> sections = new ArrayList<>();

    protected TemplateVersion() {
    }

    TemplateVersion(PlanTemplate template, int number, long createdBy, OffsetDateTime createdAt) {
        this.template = template;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public PlanTemplate template() {
        return template;
    }

    public int number() {
        return number;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public boolean published() {
        return publishedAt != null;
    }

    public List<TemplateSection> sections() {
        return sections;
    }

    /** Replaces the draft's sections; a published version never changes. */
    void replaceSections(List<TemplateInput.Section> wanted) {
        if (published()) {
            throw new IllegalStateException("A published template version never changes");
        }
        sections.clear();
        int position = 0;
        for (TemplateInput.Section s : wanted) {
            sections.add(new TemplateSection(this, position++, s.kind(), s.heading(), s.prompt()));
        }
    }

    void publish(OffsetDateTime at) {
        publishedAt = at;
    }
}
