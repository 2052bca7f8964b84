package org.coproduce.portal.preferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One site-wide setting, by name (for example the default theme). */
@Entity
@Table(name = "site_setting")
public class SiteSetting {

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by")
    private Long changedBy;

    protected SiteSetting() {
    }

    SiteSetting(String name, String value, Instant changedAt, Long changedBy) {
        this.name = name;
        this.value = value;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public Instant changedAt() {
        return changedAt;
    }

    void change(String newValue, Instant at, Long by) {
        this.value = newValue;
        this.changedAt = at;
        this.changedBy = by;
    }
}
