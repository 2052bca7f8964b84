package org.coproduce.plugins.plans;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One section of a plan, copied from its template: the entries the team writes in it. */
@Entity
@Table(name = "plan_section")
public class PlanSection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_section_seq")
    @SequenceGenerator(name = "plan_section_seq", sequenceName = "plan_section_seq", allocationSize = 50)
    private long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SectionKind kind;

    @Column(nullable = false, length = 200)
    private String heading;

    @Column(nullable = false, length = 2000)
    private String prompt;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PlanEntry> entries = new ArrayList<>();

    protected PlanSection() {
    }

    PlanSection(Plan plan, int position, SectionKind kind, String heading, String prompt) {
        this.plan = plan;
        this.position = position;
        this.kind = kind;
        this.heading = heading;
        this.prompt = prompt;
    }

    public long id() {
        return id;
    }

    public Plan plan() {
        return plan;
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

    public List<PlanEntry> entries() {
        return entries;
    }
}
