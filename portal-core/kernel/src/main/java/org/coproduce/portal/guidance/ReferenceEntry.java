package org.coproduce.portal.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A reference as a row of its version's or draft's reference table. */
@Embeddable
public class ReferenceEntry {

    @Column(nullable = false, length = 500)
    private String text;

    @Column(length = 1000)
    private String url;

    protected ReferenceEntry() {
    }

    ReferenceEntry(Reference reference) {
        this.text = reference.text();
        this.url = reference.url() == null || reference.url().isBlank() ? null : reference.url();
    }

    Reference toReference() {
        return new Reference(text, url);
    }
}
