package org.coproduce.portal.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A section as a row of its version's or draft's section table. */
@Embeddable
public class SectionEntry {

    @Column(nullable = false, length = 200)
    private String heading;

    @Column(nullable = false, length = 100000)
    private String body;

    protected SectionEntry() {
    }

    SectionEntry(Section section) {
        this.heading = section.heading();
        this.body = section.body() == null ? "" : section.body();
    }

    Section toSection() {
        return new Section(heading, body);
    }
}
