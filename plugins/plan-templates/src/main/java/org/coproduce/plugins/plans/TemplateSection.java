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

/** One section of a template version: its kind, heading and the prompt that explains it in plain language. */
@Entity
@Table(name = "plan_template_section")
public class TemplateSection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_template_section_seq")
    @SequenceGenerator(name = "plan_template_section_seq", sequenceName = "plan_template_section_seq", allocationSize = 50)
    private long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private TemplateVersion version;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SectionKind kind;

    @Column(nullable = false, length = 200)
    private String heading;

    @Column(nullable = false, length = 2000)
    private String prompt;

    protected TemplateSection() {
    }

    TemplateSection(TemplateVersion version, int position, SectionKind kind, String heading, String prompt) {
        this.version = version;
        this.position = position;
        this.kind = kind;
        this.heading = heading;
        this.prompt = prompt;
    }

    long versionId() {
        return version.id();
    }

    public int position() {
        return position;
    }

    public SectionKind kind() {
        return kind;
    }

    public String heading() {
        return heading;
    }

    public String prompt() {
        return prompt;
    }
}
