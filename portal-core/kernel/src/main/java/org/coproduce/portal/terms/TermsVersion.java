package org.coproduce.portal.terms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One published version of the terms of service, in English and Welsh, with a summary of what changed. */
@Entity
@Table(name = "terms_version")
public class TermsVersion {

    public static final int TEXT_LIMIT = 100_000;
    public static final int CHANGES_LIMIT = 2000;

    @Id
    @SequenceGenerator(name = "terms_version_seq", sequenceName = "terms_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "terms_version_seq")
    private Long id;

    @Column(nullable = false)
    private int version;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @Column(name = "changes_en", nullable = false, length = CHANGES_LIMIT)
    private String changesEn;

    @Column(name = "changes_cy", nullable = false, length = CHANGES_LIMIT)
    private String changesCy;

    @Column(name = "text_en", nullable = false, length = TEXT_LIMIT)
    private String textEn;

    @Column(name = "text_cy", nullable = false, length = TEXT_LIMIT)
    private String textCy;

    protected TermsVersion() {
    }

    TermsVersion(int version, Instant publishedAt, Long publishedBy, String changesEn, String changesCy,
            String textEn, String textCy) {
        this.version = version;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.changesEn = changesEn;
        this.changesCy = changesCy;
        this.textEn = textEn;
        this.textCy = textCy;
    }

    public int version() {
        return version;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Long publishedBy() {
        return publishedBy;
    }

    /** The text in a language ("cy" for Welsh, anything else English). */
    public String text(String language) {
        return "cy".equals(language) ? textCy : textEn;
    }

    /** What changed from the version before, in a language ("cy" for Welsh, anything else English). */
    public String changes(String language) {
        return "cy".equals(language) ? changesCy : changesEn;
    }
}
